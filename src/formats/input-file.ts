/**
 * @module One input file: size, gzip, bounded whole-document reads and streaming reads.
 * Nothing here holds a file larger than MAX_DOCUMENT_BYTES as one string (ARCHITECTURE.md §9):
 * large exports go through `streamArray` or `lines`.
 */
import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { Duplex, Readable } from 'node:stream'
import { createGunzip, gunzipSync } from 'node:zlib'
import Parser from 'stream-json/Parser.js'
import Pick from 'stream-json/filters/Pick.js'
import StreamArray from 'stream-json/streamers/StreamArray.js'
import type { JsonValue } from '../model/graph-types.js'
import { SkyhoundError } from '../model/errors.js'
import { jsonErrorOffset } from './json-error-offset.js'

/** Whole-document reads above this size are refused with a hint to use a streaming format. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
/** How much of a file detectors see. */
export const SAMPLE_BYTES = 256 * 1024

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

  /** The decompressed byte stream. */
  stream(): Readable {
    const raw = createReadStream(this.path)
    return this.gzip ? raw.pipe(createGunzip()) : raw
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
   * stream with SKY_INPUT_INVALID naming the element index reached.
   */
  async *streamArray(keyPath: readonly string[] = []): AsyncGenerator<{ index: number; value: JsonValue }> {
    const source = this.stream()
    const stages: Duplex[] = [new Parser({ packValues: true, streamValues: false })]
    if (keyPath.length > 0) stages.push(new Pick({ filter: keyPath.join('.') }))
    const items = new StreamArray()
    stages.push(items)
    // `pipe` does not forward errors: a truncated file would raise an unhandled 'error' on the parser
    // and kill the process. Forward every stage's error to the stream being iterated.
    let tail: Readable = source
    for (const stage of stages) {
      tail.on('error', (error: Error) => items.destroy(error))
      tail = tail.pipe(stage)
    }
    let last = -1
    try {
      for await (const item of items) {
        const { key, value } = item as { key: number; value: JsonValue }
        last = key
        yield { index: key, value }
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      throw new SkyhoundError(
        'SKY_INPUT_INVALID',
        `${this.path}: invalid or truncated JSON after ${keyPath.join('.') || 'array'}[${last}]: ${message}`,
        { where: `${this.path}:${keyPath.join('.')}[${last + 1}]`, hint: 'the file looks truncated or damaged: export it again', cause: error },
      )
    } finally {
      source.destroy()
    }
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
