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
      let j = i + 1
      let out = ''
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') {
          out += text[j + 1] ?? ''
          j += 2
        } else {
          out += text[j]
          j++
        }
      }
      if (j >= text.length) break
      i = j + 1
      while (i < text.length && /\s/.test(text[i]!)) i++
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
      continue
    }
    if (!/\s|:/.test(ch)) onValue('other')
    // Skip the rest of a number / literal in one go.
    while (i < text.length && !/[\s,\]}:"{[]/.test(text[i]!)) i++
    if (/\s|:/.test(ch)) i++
  }
  const trailing = stack.length === 0 && i < text.length && /\S/.test(text.slice(i))
  return { root, keys, values, childKeys, firstItemType, firstItemKeys, trailing }
}
