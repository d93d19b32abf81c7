/**
 * @module The outline of a JSON document read from its first bytes, possibly cut mid-way: top-level
 * keys and string values, keys of top-level object values, and the shape of the first element of
 * each top-level array. Detectors use it so that large exports (incomplete samples) are still
 * recognised by their structure rather than by loose text matches.
 */

export type ItemType = 'object' | 'array' | 'string' | 'other'

export interface HeadShape {
  readonly root: 'object' | 'array' | 'other'
  readonly keys: ReadonlySet<string>
  /** Top-level keys whose value is a string, with that value. */
  readonly values: ReadonlyMap<string, string>
  /** Keys of each top-level value that is an object. */
  readonly childKeys: ReadonlyMap<string, ReadonlySet<string>>
  /** Type of the first element of each top-level array ('' = the root array). */
  readonly firstItemType: ReadonlyMap<string, ItemType>
  /** Keys of that first element when it is an object. */
  readonly firstItemKeys: ReadonlyMap<string, ReadonlySet<string>>
  /** True when non-blank text follows the end of the first root value (NDJSON, concatenated JSON). */
  readonly trailing: boolean
}

interface Frame {
  readonly type: '{' | '['
  /** Top-level key the frame hangs under ('' for the root or deeper frames). */
  readonly topKey: string
  /** Whether the frame is the first element of a top-level array. */
  readonly firstItem: boolean
  index: number
  key: string | undefined
}

/** JSON whitespace (what `/\s/` matched for JSON text, without a regex call per character). */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0xfeff
/** Characters that end a bare number or literal. */
const endsBare = (c: number): boolean =>
  isSpace(c) || c === 0x2c || c === 0x5d || c === 0x7d || c === 0x3a || c === 0x22 || c === 0x7b || c === 0x5b

/** End index (of the closing quote) of the string opening at `i`, and its text with escapes resolved as before. */
function readString(text: string, i: number): { end: number; value: string } {
  let j = i + 1
  let escaped = false
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (c === 0x22) break
    if (c === 0x5c) {
      escaped = true
      j += 2
    } else {
      j++
    }
  }
  if (!escaped) return { end: j, value: text.slice(i + 1, Math.min(j, text.length)) }
  // Rare: keep the historical decoding (a backslash keeps the next character as is).
  let out = ''
  for (let k = i + 1; k < j && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x5c) {
      out += text[k + 1] ?? ''
      k++
    } else {
      out += text[k]
    }
  }
  return { end: j, value: out }
}

/**
 * Index of the `]` closing the array whose elements continue at `i` (text.length when the head ends first):
 * brackets counted outside strings, strings skipped whole.
 */
function arrayEnd(text: string, i: number): number {
  let depth = 1
  let j = i
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (c === 0x22) {
      // The closing quote is the next one not escaped by an odd run of backslashes.
      let q = text.indexOf('"', j + 1)
      for (;;) {
        if (q < 0) return text.length
        let k = q - 1
        while (text.charCodeAt(k) === 0x5c) k--
        if ((q - 1 - k) % 2 === 0) break
        q = text.indexOf('"', q + 1)
      }
      j = q + 1
      continue
    }
    if (c === 0x5b || c === 0x7b) depth++
    else if ((c === 0x5d || c === 0x7d) && --depth === 0) return j
    j++
  }
  return text.length
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>()
  set.add(value)
  map.set(key, set)
}

export function headShape(text: string): HeadShape {
  const keys = new Set<string>()
  const values = new Map<string, string>()
  const childKeys = new Map<string, Set<string>>()
  const firstItemType = new Map<string, ItemType>()
  const firstItemKeys = new Map<string, Set<string>>()
  const stack: Frame[] = []
  let root: HeadShape['root'] = 'other'
  let pending: string | undefined
  const start = text.search(/\S/)
  if (start < 0) return { root, keys, values, childKeys, firstItemType, firstItemKeys, trailing: false }
  let i = start
  root = text[i] === '{' ? 'object' : text[i] === '[' ? 'array' : 'other'

  /** Records a value starting at the current position in the current container. */
  const onValue = (type: ItemType, stringValue?: string): void => {
    const top = stack[stack.length - 1]
    if (top === undefined) return
    if (top.type === '[' && top.index === 0 && (stack.length === 1 || (stack.length === 2 && stack[0]!.type === '{'))) {
      const owner = stack.length === 1 ? '' : top.topKey
      if (!firstItemType.has(owner)) firstItemType.set(owner, type)
    }
    if (top.type === '{' && stack.length === 1 && top.key !== undefined && stringValue !== undefined) values.set(top.key, stringValue)
  }

  while (i < text.length) {
    const ch = text[i]!
    if (ch === '"') {
      const { end: j, value: out } = readString(text, i)
      if (j >= text.length) break
      i = j + 1
      while (i < text.length && isSpace(text.charCodeAt(i))) i++
      const top = stack[stack.length - 1]
      if (text[i] === ':' && top?.type === '{') {
        top.key = out
        pending = out
        if (stack.length === 1) keys.add(out)
        else if (stack.length === 2 && stack[0]!.type === '{' && top.type === '{') addTo(childKeys, top.topKey, out)
        if (top.firstItem) addTo(firstItemKeys, top.topKey, out)
        i++
      } else {
        onValue('string', out)
      }
      continue
    }
    if (ch === '{' || ch === '[') {
      onValue(ch === '{' ? 'object' : 'array')
      const parent = stack[stack.length - 1]
      const topKey = stack.length === 1 && parent?.type === '{' ? (pending ?? '') : (parent?.topKey ?? '')
      const firstItem =
        parent?.type === '[' && parent.index === 0 && (stack.length === 1 || (stack.length === 2 && stack[0]!.type === '{'))
      stack.push({ type: ch, topKey: stack.length === 0 ? '' : topKey, firstItem, index: 0, key: undefined })
      i++
      continue
    }
    if (ch === '}' || ch === ']') {
      stack.pop()
      i++
      if (stack.length === 0) break
      continue
    }
    if (ch === ',') {
      const top = stack[stack.length - 1]
      if (top?.type === '[') top.index++
      i++
      // Only the first element of an array is outlined: jump over the others (most of a large export's head).
      if (top?.type === '[' && top.index === 1) i = arrayEnd(text, i)
      continue
    }
    const code = text.charCodeAt(i)
    const spaceOrColon = isSpace(code) || code === 0x3a
    if (!spaceOrColon) onValue('other')
    // Skip the rest of a number / literal in one go.
    while (i < text.length && !endsBare(text.charCodeAt(i))) i++
    if (spaceOrColon) i++
  }
  const trailing = stack.length === 0 && i < text.length && /\S/.test(text.slice(i))
  return { root, keys, values, childKeys, firstItemType, firstItemKeys, trailing }
}
