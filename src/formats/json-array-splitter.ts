/**
 * @module Cuts the elements of chosen arrays out of a JSON byte stream and hands each one to native
 * `JSON.parse`, so a multi-GB export streams at the speed of V8's parser instead of a JS tokenizer's.
 *
 * The splitter walks bytes (JSON's structural characters are ASCII, and UTF-8 never reuses ASCII bytes
 * inside a multi-byte character, so no decoding is needed to find them), tracking strings, escapes and
 * depth. Only the few levels that lead to a wanted array are read token by token; every other value is
 * skipped by depth counting, every wanted element is cut out and parsed on its own. It holds at most one
 * element (plus the chunk it started in) and is pull-driven: `next()` returns one event at a time.
 * Syntax inside a skipped value is not checked (it is never parsed); everything the splitter yields is.
 */
import type { JsonValue } from '../model/graph-types.js'

/** An element of a wanted array, a scalar of the root object (when asked for), or a wanted path whose value is no array. */
export type SplitEvent =
  | { readonly type: 'item'; readonly path: readonly string[]; readonly index: number; readonly value: JsonValue; readonly offset: number }
  | { readonly type: 'scalar'; readonly key: string; readonly value: JsonValue }
  | { readonly type: 'mismatch'; readonly path: readonly string[]; readonly found: string }

/** Why the splitter stopped: a syntax error at a byte offset, a bad element, or the end before the document closed. */
export class SplitError extends Error {
  constructor(
    message: string,
    /** Absolute byte offset (in the decompressed stream) where the problem is. */
    readonly offset: number,
    readonly reason: 'syntax' | 'element' | 'truncated',
    /** The element being read, when the problem is inside one. */
    readonly element?: { readonly path: readonly string[]; readonly index: number; readonly text?: string; readonly textOffset?: number },
  ) {
    super(message)
  }
}

export interface SplitOptions {
  /** Paths of the arrays to stream; `[]` is the root array. */
  readonly paths: readonly (readonly string[])[]
  /** Also report the root object's scalar members (IAM `IsTruncated`, `Marker`). */
  readonly rootScalars?: boolean
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COMMA = 0x2c
const COLON = 0x3a

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
/** Bytes that end a bare scalar (number, true, false, null). */
const endsScalar = (c: number): boolean => isSpace(c) || c === COMMA || c === CLOSE_ARRAY || c === CLOSE_OBJECT || c === COLON

/** A container the splitter reads token by token: the root and the objects on the way to a wanted array. */
interface Frame {
  readonly kind: 'object' | 'array'
  readonly path: readonly string[]
  /** This array is wanted: its elements are cut out. */
  readonly target: boolean
  /** object: 'key' (after `{` or `,`), 'colon', 'value', 'next' (`,` or `}`); array: 'value', 'next'. */
  state: 'key' | 'colon' | 'value' | 'next'
  /** True right after the opening bracket (an empty container may close there). */
  first: boolean
  key?: string
  index: number
}

/** What to do with the value that starts next. */
type ValueRole = { readonly role: 'capture'; readonly path: readonly string[]; readonly index: number } | { readonly role: 'scalar'; readonly key: string } | { readonly role: 'skip' }

export class JsonArraySplitter {
  private readonly targets: Set<string>
  private readonly prefixes: Set<string>
  private readonly rootScalars: boolean
  private readonly frames: Frame[] = []
  private started = false
  private finished = false

  private chunk: Buffer = Buffer.alloc(0)
  private pos = 0
  /** Absolute offset of `chunk[0]` in the stream. */
  private base = 0

  /** The value being cut or skipped, when inside one. */
  private value: { role: ValueRole; start: number; parts: Buffer[]; depth: number; bare: boolean; carried: boolean } | undefined
  private inString = false
  private escaped = false
  /** A member name being read by the navigator (names may span chunks too), and where it starts in `chunk`. */
  private keyParts: Buffer[] | undefined
  private keyStart = 0
  /** An event found while starting a value, returned before anything else. */
  private pending: SplitEvent | undefined

  constructor(options: SplitOptions) {
    const join = (path: readonly string[]): string => JSON.stringify(path)
    this.targets = new Set(options.paths.map(join))
    this.prefixes = new Set(options.paths.flatMap((path) => path.map((_, i) => join(path.slice(0, i)))))
    this.rootScalars = options.rootScalars ?? false
  }

  /** Where the stream is, for error messages: the innermost wanted array and the element index reached. */
  get position(): { path: readonly string[]; index: number } | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const frame = this.frames[i]!
      if (frame.target) return { path: frame.path, index: frame.index }
    }
    return undefined
  }

  /** Hands the next chunk over; call only after `next()` returned undefined for the previous one. */
  feed(chunk: Buffer): void {
    // Only a value that will be parsed keeps its earlier pieces; a skipped one is just counted through.
    // Copied: a stream may hand out views of a buffer it later reuses.
    if (this.value !== undefined && this.value.role.role !== 'skip') this.value.parts.push(Buffer.from(this.chunk.subarray(this.value.start, this.pos)))
    if (this.keyParts !== undefined) this.keyParts.push(Buffer.from(this.chunk.subarray(this.keyStart, this.pos)))
    this.base += this.chunk.length
    this.chunk = chunk
    this.pos = 0
    this.keyStart = 0
    if (this.value !== undefined) {
      this.value.start = 0
      this.value.carried = true
    }
  }

  /** Checks the document is complete once the input has ended. */
  end(): void {
    // A bare scalar can only end with the input when it is the whole document (`42`).
    if (this.value !== undefined && this.value.bare && this.frames.length === 0) this.finishValue(this.pos)
    if (!this.finished) {
      throw new SplitError(this.started ? 'the document ends before it is complete' : 'the file is empty', this.base + this.chunk.length, 'truncated')
    }
  }

  /** The next event from the current chunk, or undefined when the chunk is used up. */
  next(): SplitEvent | undefined {
    const buf = this.chunk
    const n = buf.length
    for (;;) {
      if (this.pending !== undefined) {
        const event = this.pending
        this.pending = undefined
        return event
      }
      if (this.pos >= n) return undefined
      if (this.value !== undefined) {
        const event = this.scanValue()
        if (event !== undefined) return event
        continue
      }
      if (this.keyParts !== undefined) {
        this.scanKey()
        continue
      }
      const c = buf[this.pos]!
      // Whitespace, and a UTF-8 byte order mark (EF BB BF) before the document.
      if (isSpace(c) || (!this.started && this.base + this.pos < 3 && (c === 0xef || c === 0xbb || c === 0xbf))) {
        this.pos++
        continue
      }
      this.navigate(c)
    }
  }

  private fail(message: string, offset = this.base + this.pos): never {
    throw new SplitError(message, offset, 'syntax')
  }

  private describe(c: number): string {
    return c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16)}`
  }

  /** One structural token outside any value being cut or skipped. */
  private navigate(c: number): void {
    if (this.finished) this.fail(`unexpected ${this.describe(c)} after the end of the document`)
    const frame = this.frames[this.frames.length - 1]
    if (frame === undefined) {
      if (this.started) this.fail(`unexpected ${this.describe(c)}`)
      this.started = true
      this.startValue(c, this.roleOf([], undefined))
      return
    }
    if (frame.kind === 'object') {
      switch (frame.state) {
        case 'key':
          if (c === CLOSE_OBJECT && frame.first) return this.close()
          if (c !== QUOTE) this.fail(`expected a member name, found ${this.describe(c)}`)
          this.pos++
          this.keyParts = []
          this.keyStart = this.pos
          this.inString = true
          this.escaped = false
          return
        case 'colon':
          if (c !== COLON) this.fail(`expected ':' after "${frame.key ?? ''}", found ${this.describe(c)}`)
          this.pos++
          frame.state = 'value'
          return
        case 'value':
          frame.state = 'next'
          this.startValue(c, this.roleOf([...frame.path, frame.key ?? ''], frame))
          return
        case 'next':
          if (c === CLOSE_OBJECT) return this.close()
          if (c !== COMMA) this.fail(`expected ',' or '}', found ${this.describe(c)}`)
          this.pos++
          frame.state = 'key'
          frame.first = false
          return
      }
    }
    if (frame.state === 'value') {
      if (c === CLOSE_ARRAY && frame.first) return this.close()
      frame.state = 'next'
      frame.first = false
      const role: ValueRole = frame.target ? { role: 'capture', path: frame.path, index: frame.index } : { role: 'skip' }
      this.startValue(c, role)
      return
    }
    if (c === CLOSE_ARRAY) return this.close()
    if (c !== COMMA) this.fail(`expected ',' or ']', found ${this.describe(c)}`)
    this.pos++
    frame.state = 'value'
  }

  private close(): void {
    this.pos++
    this.frames.pop()
    if (this.frames.length === 0) this.finished = true
  }

  /** How the value at `path` is handled: opened as a frame, cut out, reported, or skipped. */
  private roleOf(path: readonly string[], parent: Frame | undefined): ValueRole | 'open' {
    const key = JSON.stringify(path)
    if (this.targets.has(key) || this.prefixes.has(key)) return 'open'
    if (parent !== undefined && parent.path.length === 0 && this.rootScalars) return { role: 'scalar', key: path[0] ?? '' }
    return { role: 'skip' }
  }

  private startValue(c: number, role: ValueRole | 'open'): void {
    if (role === 'open') {
      const parent = this.frames[this.frames.length - 1]
      const path = parent === undefined ? [] : [...parent.path, parent.key ?? '']
      const target = this.targets.has(JSON.stringify(path))
      if (c === OPEN_ARRAY) {
        this.pos++
        this.frames.push({ kind: 'array', path, target, state: 'value', first: true, index: 0 })
        return
      }
      if (c === OPEN_OBJECT && this.prefixes.has(JSON.stringify(path))) {
        this.pos++
        this.frames.push({ kind: 'object', path, target: false, state: 'key', first: true, index: 0 })
        return
      }
      if (target) {
        // A wanted path holding no array: reported (the caller decides), then skipped or read as a scalar.
        this.pending = { type: 'mismatch', path, found: c === OPEN_OBJECT ? 'object' : c === QUOTE ? 'string' : 'scalar' }
      }
      const scalar = parent !== undefined && parent.path.length === 0 && this.rootScalars && c !== OPEN_OBJECT && c !== OPEN_ARRAY
      role = scalar ? { role: 'scalar', key: path[0] ?? '' } : { role: 'skip' }
    }
    if (role.role === 'scalar' && (c === OPEN_OBJECT || c === OPEN_ARRAY)) role = { role: 'skip' }
    if (c === CLOSE_ARRAY || c === CLOSE_OBJECT || c === COMMA || c === COLON) this.fail(`expected a value, found ${this.describe(c)}`)
    const bare = c !== OPEN_OBJECT && c !== OPEN_ARRAY && c !== QUOTE
    this.value = { role, start: this.pos, parts: [], depth: 0, bare, carried: false }
    this.inString = false
    this.escaped = false
    if (!bare) {
      this.pos++
      if (c === QUOTE) this.inString = true
      else this.value.depth = 1
    }
  }

  /** Advances through the value being cut or skipped; returns its event when it ends. */
  private scanValue(): SplitEvent | undefined {
    const value = this.value!
    const buf = this.chunk
    const n = buf.length
    let i = this.pos
    if (value.bare) {
      while (i < n && !endsScalar(buf[i]!)) i++
      this.pos = i
      return i < n ? this.finishValue(i) : undefined
    }
    let depth = value.depth
    let inString = this.inString
    let escaped = this.escaped
    while (i < n) {
      if (inString) {
        if (escaped) {
          escaped = false
          i++
        }
        // Strings are most of a document: find the closing quote natively, then count the backslashes before it.
        for (;;) {
          const quote = buf.indexOf(QUOTE, i)
          if (quote < 0) {
            let k = n - 1
            while (k >= i && buf[k] === BACKSLASH) k--
            escaped = (n - 1 - k) % 2 === 1
            i = n
            break
          }
          let k = quote - 1
          while (k >= i && buf[k] === BACKSLASH) k--
          i = quote + 1
          if ((quote - 1 - k) % 2 === 0) {
            inString = false
            break
          }
        }
        if (inString) break
        if (depth === 0) {
          this.inString = false
          this.escaped = false
          this.pos = i
          return this.finishValue(i)
        }
        continue
      }
      const c = buf[i]!
      i++
      if (c === QUOTE) inString = true
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (--depth === 0) {
          this.inString = false
          this.escaped = false
          this.pos = i
          return this.finishValue(i)
        }
      }
    }
    value.depth = depth
    this.inString = inString
    this.escaped = escaped
    this.pos = i
    return undefined
  }

  /** The value ended at `end` (exclusive) of the current chunk: parse it when it is wanted. */
  private finishValue(end: number): SplitEvent | undefined {
    const value = this.value!
    this.value = undefined
    if (this.frames.length === 0) this.finished = true
    const role = value.role
    if (role.role === 'skip') {
      if (value.bare && !value.carried) this.checkBareScalar(value.start, end)
      return undefined
    }
    const bytes = value.parts.length === 0 ? this.chunk.subarray(value.start, end) : Buffer.concat([...value.parts, this.chunk.subarray(value.start, end)])
    const offset = this.base + end - bytes.length
    const text = bytes.toString('utf8')
    let parsed: JsonValue
    try {
      parsed = JSON.parse(text) as JsonValue
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (role.role === 'capture') {
        throw new SplitError(message, offset, 'element', { path: role.path, index: role.index, text })
      }
      throw new SplitError(`invalid value of "${role.key}": ${message}`, offset, 'syntax')
    }
    if (role.role === 'scalar') return { type: 'scalar', key: role.key, value: parsed }
    const frame = this.frames[this.frames.length - 1]!
    frame.index++
    return { type: 'item', path: role.path, index: role.index, value: parsed, offset }
  }

  /** A skipped number or literal is never parsed; check its spelling (when it sits in one chunk) so a typo still fails. */
  private checkBareScalar(start: number, end: number): void {
    if (start >= end || end - start > 64) return
    const text = this.chunk.toString('latin1', start, end)
    if (!/^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)$/.test(text)) this.fail(`invalid value ${JSON.stringify(text)}`, this.base + start)
  }

  /** Reads a member name of a navigated object (short, but it may span chunks). */
  private scanKey(): void {
    const buf = this.chunk
    const n = buf.length
    let i = this.pos
    let escaped = this.escaped
    for (; i < n; i++) {
      const c = buf[i]!
      if (escaped) escaped = false
      else if (c === BACKSLASH) escaped = true
      else if (c === QUOTE) break
    }
    this.escaped = escaped
    if (i >= n) {
      this.pos = n
      return
    }
    const raw = Buffer.concat([...this.keyParts!, buf.subarray(this.keyStart, i)]).toString('utf8')
    this.keyParts = undefined
    this.inString = false
    this.pos = i + 1
    let key: string
    try {
      key = JSON.parse(`"${raw}"`) as string
    } catch {
      this.fail(`invalid member name "${raw}"`, this.base + i)
    }
    const frame = this.frames[this.frames.length - 1]!
    frame.key = key
    frame.state = 'colon'
  }
}
