/**
 * @module Streaming file output for the demo estate. Documents are written item by item with backpressure, so
 * a million-resource estate never exists as one string (ARCHITECTURE.md §9); gzip and the SHA-256 of the
 * bytes on disk are computed on the way out.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Transform } from 'node:stream'
import type { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { JsonObject, JsonValue } from '../model/graph-types.js'

/** Text is handed to the stream in chunks of about this size. */
const FLUSH_CHARS = 256 * 1024

export interface WrittenFile {
  /** Path relative to the output directory, with `/` separators. */
  readonly path: string
  readonly bytes: number
  readonly sha256: string
}

export class OutputFile {
  private pending: string[] = []
  private pendingChars = 0
  private bytes = 0
  private readonly hash = createHash('sha256')
  private readonly done: Promise<void>
  private readonly head: Writable

  private constructor(
    readonly path: string,
    absolute: string,
    gzip: boolean,
  ) {
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, callback) => {
        this.bytes += chunk.length
        this.hash.update(chunk)
        callback(null, chunk)
      },
    })
    const sink = createWriteStream(absolute)
    if (gzip) {
      // Level 6 with no file name and mtime 0 in the header: the same input gives the same bytes.
      const zip = createGzip({ level: 6 })
      this.head = zip
      this.done = pipeline(zip, counter, sink)
    } else {
      this.head = counter
      this.done = pipeline(counter, sink)
    }
  }

  static async open(root: string, path: string, options: { gzip?: boolean } = {}): Promise<OutputFile> {
    const absolute = join(root, ...path.split('/'))
    await mkdir(dirname(absolute), { recursive: true })
    return new OutputFile(path, absolute, options.gzip ?? path.endsWith('.gz'))
  }

  /** Buffers text; call `drain()` now and then (the array writers do) to bound memory. */
  write(text: string): void {
    this.pending.push(text)
    this.pendingChars += text.length
  }

  get buffered(): number {
    return this.pendingChars
  }

  /** Hands buffered text to the stream once enough accumulated, waiting for the disk when it lags. */
  async drain(force = false): Promise<void> {
    if (this.pendingChars === 0 || (!force && this.pendingChars < FLUSH_CHARS)) return
    const chunk = this.pending.join('')
    this.pending = []
    this.pendingChars = 0
    if (!this.head.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const onDrain = (): void => {
          this.head.off('error', onError)
          resolve()
        }
        const onError = (error: Error): void => {
          this.head.off('drain', onDrain)
          reject(error)
        }
        this.head.once('drain', onDrain)
        this.head.once('error', onError)
      })
    }
  }

  async close(): Promise<WrittenFile> {
    await this.drain(true)
    this.head.end()
    await this.done
    return { path: this.path, bytes: this.bytes, sha256: this.hash.digest('hex') }
  }
}

/** JSON text of `value` indented as if it started `depth` levels deep in a document. */
export function jsonAt(value: JsonValue, indent: number, depth: number): string {
  if (indent === 0) return JSON.stringify(value)
  const text = JSON.stringify(value, null, indent)
  return depth === 0 ? text : text.replace(/\n/g, `\n${' '.repeat(indent * depth)}`)
}

/** Items of one array inside a document being written. */
export type ItemSource = Iterable<JsonValue>

const sentinel = (key: string): string => `\u0000stream:${key}\u0000`

/**
 * Writes `template` as JSON, streaming each `streams[key]` as the array at that top-level key (the template
 * holds a placeholder there). Key order and indentation follow the template, as the real tools print them.
 * Returns how many items each stream produced.
 */
export async function writeJsonDocument(
  file: OutputFile,
  template: JsonObject,
  streams: Readonly<Record<string, ItemSource>>,
  indent: number,
): Promise<Record<string, number>> {
  const withPlaceholders: JsonObject = {}
  for (const [key, value] of Object.entries(template)) withPlaceholders[key] = key in streams ? sentinel(key) : value
  for (const key of Object.keys(streams)) if (!(key in template)) withPlaceholders[key] = sentinel(key)
  let text = jsonAt(withPlaceholders, indent, 0)
  const counts: Record<string, number> = {}
  for (const [key, items] of Object.entries(streams)) {
    const marker = JSON.stringify(sentinel(key))
    const at = text.indexOf(marker)
    const lineStart = text.lastIndexOf('\n', at) + 1
    const depth = indent === 0 ? 0 : (/^ */.exec(text.slice(lineStart))?.[0].length ?? 0) / indent
    file.write(text.slice(0, at))
    counts[key] = await writeJsonArray(file, items, indent, depth)
    text = text.slice(at + marker.length)
  }
  file.write(text)
  file.write(indent === 0 ? '' : '\n')
  return counts
}

/** Writes `[items…]` at `depth`, draining as it goes; returns the item count. */
export async function writeJsonArray(file: OutputFile, items: ItemSource, indent: number, depth: number): Promise<number> {
  const itemPad = indent === 0 ? '' : `\n${' '.repeat(indent * (depth + 1))}`
  let count = 0
  file.write('[')
  for (const item of items) {
    file.write(count === 0 ? itemPad : `,${itemPad}`)
    file.write(jsonAt(item, indent, depth + 1))
    count++
    if (file.buffered >= FLUSH_CHARS) await file.drain()
  }
  if (count > 0 && indent > 0) file.write(`\n${' '.repeat(indent * depth)}`)
  file.write(']')
  return count
}

/** Writes one compact JSON document per line (NDJSON); returns the line count. */
export async function writeJsonLines(file: OutputFile, items: ItemSource): Promise<number> {
  let count = 0
  for (const item of items) {
    file.write(JSON.stringify(item))
    file.write('\n')
    count++
    if (file.buffered >= FLUSH_CHARS) await file.drain()
  }
  return count
}

/** Convenience: a whole small document written at once (expected.json, manifest.json, descriptors). */
export async function writeSmallJson(root: string, path: string, value: JsonValue, indent = 2): Promise<WrittenFile> {
  const file = await OutputFile.open(root, path)
  file.write(jsonAt(value, indent, 0))
  file.write('\n')
  return file.close()
}
