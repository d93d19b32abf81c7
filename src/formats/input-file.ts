/**
 * @module One input file: size, gzip, bounded whole-document reads and streaming reads.
 * Nothing here holds a file larger than MAX_DOCUMENT_BYTES as one string (ARCHITECTURE.md §9):
 * large exports go through `streamArray` or `lines`.
 */
import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { StringDecoder } from 'node:string_decoder'
import type { Readable } from 'node:stream'
import { createGunzip, gunzipSync } from 'node:zlib'
import type { JsonValue } from '../model/graph-types.js'
import { SkyhoundError } from '../model/errors.js'
import { JsonArraySplitter, SplitError } from './json-array-splitter.js'
import type { SplitEvent, SplitOptions } from './json-array-splitter.js'
import { jsonErrorOffset } from './json-error-offset.js'

/** Whole-document reads above this size are refused with a hint to use a streaming format. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
/** How much of a file detectors see. */
export const SAMPLE_BYTES = 256 * 1024
/** Chunk size of streamed JSON reads: large enough that per-chunk costs vanish, small next to the 64 MB bound. */
const STREAM_CHUNK_BYTES = 1024 * 1024

const article = (found: string): string => (found === 'object' ? 'an object' : `a ${found}`)

/** Line and column (1-based) of a character offset in `text`. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Parses JSON text; on failure throws SKY_INPUT_INVALID naming the file, line and column. */
export function parseJsonText(text: string, path: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const offset = jsonErrorOffset(text)
    const where =
      text.trim().length === 0
        ? 'empty file'
        : offset >= text.length
          ? `end of file (line ${lineColumnOf(text, text.length).line}): the document is incomplete`
          : (() => {
              const { line, column } = lineColumnOf(text, offset)
              return `line ${line}, column ${column}`
            })()
    const truncated = offset >= text.length
    throw new SkyhoundError('SKY_INPUT_INVALID', `${path}: invalid JSON at ${where}: ${message}`, {
      where: `${path}:${where}`,
      hint: truncated
        ? 'the file looks truncated: export it again and check the copy finished'
        : 'fix the JSON at that position, or export the file again',
      cause: error,
    })
  }
}

export class InputFile {
  private constructor(
    readonly path: string,
    /** Size on disk (compressed size for .gz). */
    readonly bytes: number,
    readonly gzip: boolean,
  ) {}

  static async open(path: string): Promise<InputFile> {
    const info = await stat(path)
    const handle = await open(path, 'r')
    try {
      const magic = Buffer.alloc(2)
      await handle.read(magic, 0, 2, 0)
      return new InputFile(path, info.size, magic[0] === 0x1f && magic[1] === 0x8b)
    } finally {
      await handle.close()
    }
  }

  /** The decompressed byte stream; `highWaterMark` sizes its chunks (large ones for bulk parsing). */
  stream(options: { highWaterMark?: number } = {}): Readable {
    const size = options.highWaterMark
    const raw = createReadStream(this.path, size === undefined ? {} : { highWaterMark: size })
    if (!this.gzip) return raw
    const gunzip = createGunzip(size === undefined ? {} : { chunkSize: size })
    // `pipe` does not forward errors: a missing or unreadable file must fail the reader, not the process.
    raw.on('error', (error) => gunzip.destroy(error))
    return raw.pipe(gunzip)
  }

  /** Up to `limit` decompressed bytes from the start, and whether that is the whole file. */
  async head(limit = SAMPLE_BYTES): Promise<{ text: string; complete: boolean }> {
    if (!this.gzip) {
      const handle = await open(this.path, 'r')
      try {
        const buffer = Buffer.alloc(Math.min(limit, this.bytes))
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
        return { text: buffer.subarray(0, bytesRead).toString('utf8'), complete: this.bytes <= limit }
      } finally {
        await handle.close()
      }
    }
    const chunks: Buffer[] = []
    let total = 0
    const stream = this.stream()
    let complete = true
    try {
      for await (const chunk of stream) {
        const buffer = chunk as Buffer
        chunks.push(buffer)
        total += buffer.length
        if (total > limit) {
          complete = false
          break
        }
      }
    } catch {
      // A truncated gzip still yields its readable head; the reader reports the damage.
    } finally {
      stream.destroy()
    }
    return { text: Buffer.concat(chunks).subarray(0, limit).toString('utf8'), complete }
  }

  /** The whole decompressed text; refuses files above MAX_DOCUMENT_BYTES. */
  async text(): Promise<string> {
    if (!this.gzip) {
      if (this.bytes > MAX_DOCUMENT_BYTES) throw this.tooLarge(this.bytes)
      const handle = await open(this.path, 'r')
      try {
        return (await handle.readFile()).toString('utf8')
      } finally {
        await handle.close()
      }
    }
    const handle = await open(this.path, 'r')
    try {
      const compressed = await handle.readFile()
      try {
        const text = gunzipSync(compressed, { maxOutputLength: MAX_DOCUMENT_BYTES })
        return text.toString('utf8')
      } catch (error) {
        if (error instanceof RangeError) throw this.tooLarge(MAX_DOCUMENT_BYTES + 1)
        throw new SkyhoundError('SKY_INPUT_INVALID', `${this.path}: damaged gzip data`, {
          where: this.path,
          hint: 'the file looks truncated or corrupt: export it again',
          cause: error,
        })
      }
    } finally {
      await handle.close()
    }
  }

  /** Parses the whole file as one JSON document (bounded by MAX_DOCUMENT_BYTES). */
  async json(): Promise<JsonValue> {
    return parseJsonText(await this.text(), this.path)
  }

  /**
   * Streams the elements of the array at `keyPath` (top-level array when empty), one parsed value
   * at a time, so a multi-GB export never sits in memory. A syntax error or truncation ends the
   * stream with SKY_INPUT_INVALID naming the element index reached; a bad element is named by its
   * index, line and column. A missing key yields nothing; a key holding something else than an array
   * is an error.
   */
  async *streamArray(keyPath: readonly string[] = []): AsyncGenerator<{ index: number; value: JsonValue }> {
    for await (const event of this.splitArrays({ paths: [keyPath] })) {
      if (event.type === 'mismatch') {
        const label = event.path.join('.')
        throw new SkyhoundError('SKY_INPUT_INVALID', `${this.path}: ${label === '' ? 'the document' : `\`${label}\``} is ${article(event.found)}, not an array`, {
          where: `${this.path}:${label === '' ? 'file' : label}`,
          hint: 'this file does not have the layout of the export it looks like: export it again as JSON',
        })
      }
      if (event.type === 'item') yield { index: event.index, value: event.value }
    }
  }

  /**
   * Streams the elements of several arrays in one pass (e.g. every `*DetailList` of an IAM export, or
   * `[]` for a root array), optionally with the root object's scalar members, in file order. The
   * splitter (json-array-splitter.ts) cuts each element out byte by byte and hands it to native
   * `JSON.parse`; at most one element and one chunk are held. Errors as for `streamArray`.
   */
  async *splitArrays(options: SplitOptions): AsyncGenerator<SplitEvent> {
    const source = this.stream({ highWaterMark: STREAM_CHUNK_BYTES })
    const splitter = new JsonArraySplitter(options)
    let last: { path: readonly string[]; index: number } | undefined
    try {
      for await (const chunk of source) {
        splitter.feed(chunk as Buffer)
        for (let event = splitter.next(); event !== undefined; event = splitter.next()) {
          if (event.type === 'item') last = { path: event.path, index: event.index }
          yield event
        }
      }
      splitter.end()
    } catch (error) {
      throw await this.splitFailure(error, splitter.position ?? (last === undefined ? undefined : { path: last.path, index: last.index + 1 }), last)
    } finally {
      source.destroy()
    }
  }

  /** SKY_INPUT_INVALID for a failed split: where (element index, line and column) and what to do. */
  private async splitFailure(
    error: unknown,
    reached: { path: readonly string[]; index: number } | undefined,
    last: { path: readonly string[]; index: number } | undefined,
  ): Promise<SkyhoundError> {
    if (error instanceof SkyhoundError) return error
    const message = error instanceof Error ? error.message : String(error)
    const label = (reached ?? last)?.path.join('.') ?? ''
    const place = reached === undefined ? 'file' : `${label}[${reached.index}]`
    const hint = 'the file looks truncated or damaged: export it again'
    if (!(error instanceof SplitError)) {
      // The decompressor or the disk failed (a cut gzip stream ends with "unexpected end of file").
      return new SkyhoundError('SKY_INPUT_INVALID', `${this.path}: invalid or truncated JSON after ${label || 'array'}[${last?.index ?? -1}]: ${message}`, {
        where: `${this.path}:${place}`,
        hint,
        cause: error,
      })
    }
    if (error.reason === 'truncated') {
      return new SkyhoundError('SKY_INPUT_INVALID', `${this.path}: invalid or truncated JSON after ${label || 'array'}[${last?.index ?? -1}]: ${message}`, {
        where: `${this.path}:${place}`,
        hint,
        cause: error,
      })
    }
    let offset = error.offset
    if (error.element?.text !== undefined) {
      const within = jsonErrorOffset(error.element.text)
      offset += Buffer.byteLength(error.element.text.slice(0, within))
    }
    const { line, column } = await this.lineColumnAtByte(offset)
    const what = error.element === undefined ? 'invalid JSON' : `invalid JSON in ${error.element.path.join('.')}[${error.element.index}]`
    return new SkyhoundError('SKY_INPUT_INVALID', `${this.path}: ${what} at line ${line}, column ${column}: ${message}`, {
      where: `${this.path}:${error.element === undefined ? place : `${error.element.path.join('.')}[${error.element.index}]`}`,
      hint: 'fix the JSON at that position, or export the file again',
      cause: error,
    })
  }

  /** Line and column (1-based, in characters) of a byte offset: re-reads the file up to it (only on errors). */
  private async lineColumnAtByte(offset: number): Promise<{ line: number; column: number }> {
    let line = 1
    let column = 1
    let seen = 0
    // Counted piece by piece: a minified export is one line of gigabytes.
    let decoder = new StringDecoder('utf8')
    const source = this.stream()
    try {
      for await (const data of source) {
        const chunk = data as Buffer
        const upto = Math.min(chunk.length, offset - seen)
        let from = 0
        for (let nl = chunk.indexOf(10, 0); nl >= 0 && nl < upto; nl = chunk.indexOf(10, nl + 1)) {
          line++
          from = nl + 1
          column = 1
          decoder = new StringDecoder('utf8')
        }
        column += decoder.write(chunk.subarray(from, Math.max(from, upto))).length
        seen += chunk.length
        if (seen >= offset) break
      }
    } catch {
      // A damaged stream: count what was readable.
    } finally {
      source.destroy()
    }
    return { line, column }
  }

  /** Streams lines (1-based numbers) without holding the file. */
  async *lines(): AsyncGenerator<{ line: number; text: string }> {
    const source = this.stream()
    const reader = createInterface({ input: source, crlfDelay: Infinity })
    let line = 0
    try {
      for await (const text of reader) {
        line++
        yield { line, text }
      }
    } finally {
      reader.close()
      source.destroy()
    }
  }

  private tooLarge(size: number): SkyhoundError {
    return new SkyhoundError(
      'SKY_INPUT_INVALID',
      `${this.path}: ${Math.round(size / 1048576)} MB is too large to read as one document`,
      { where: this.path, hint: 'this format is read whole; split the export, or use its NDJSON/streamed variant' },
    )
  }
}
