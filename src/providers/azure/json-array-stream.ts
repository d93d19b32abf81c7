/**
 * @module Streams the elements of a JSON array inside a file, with the contract of
 * `InputFile.streamArray`. Stopgap: that method chains with `.pipe()`, which does not forward a
 * parser error, so a truncated file kills the process instead of ending the stream. Here `pipeline`
 * forwards it. Replace the calls with `file.streamArray(keyPath)` once input-file.ts does the same.
 */
import { pipeline } from 'node:stream'
import type { Duplex } from 'node:stream'
import Parser from 'stream-json/Parser.js'
import Pick from 'stream-json/filters/Pick.js'
import StreamArray from 'stream-json/streamers/StreamArray.js'
import type { InputFile } from '../../formats/input-file.js'
import type { JsonValue } from '../../model/graph-types.js'
import { SkyhoundError } from '../../model/errors.js'

export async function* streamJsonArray(
  file: InputFile,
  keyPath: readonly string[] = [],
): AsyncGenerator<{ index: number; value: JsonValue }> {
  const source = file.stream()
  const stages: Duplex[] = [new Parser({ packValues: true, streamValues: false })]
  if (keyPath.length > 0) stages.push(new Pick({ filter: keyPath.join('.') }))
  const items = new StreamArray()
  // The callback is required by the API; the error reaches the loop below through `items`.
  pipeline([source, ...stages, items], () => undefined)
  const path = keyPath.join('.')
  let last = -1
  try {
    for await (const item of items) {
      const { key, value } = item as { key: number; value: JsonValue }
      last = key
      yield { index: key, value }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new SkyhoundError('SKY_INPUT_INVALID', `${file.path}: invalid or truncated JSON after ${path || 'array'}[${last}]: ${message}`, {
      where: `${file.path}:${path}[${last + 1}]`,
      hint: 'the file looks truncated or damaged: export it again',
      cause: error,
    })
  } finally {
    source.destroy()
  }
}
