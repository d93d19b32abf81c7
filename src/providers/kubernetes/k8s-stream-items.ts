/**
 * @module Streams `items[]` of a large List one object at a time.
 * Unlike a plain `.pipe()` chain, every stage forwards its error to the end of the chain, so a
 * truncated file ends the loop with SKY_INPUT_INVALID instead of leaving it waiting forever.
 */
import type { Readable, Transform } from 'node:stream'
import Parser from 'stream-json/Parser.js'
import Pick from 'stream-json/filters/Pick.js'
import StreamArray from 'stream-json/streamers/StreamArray.js'
import type { InputFile } from '../../formats/input-file.js'
import type { JsonValue } from '../../model/graph-types.js'
import { SkyhoundError } from '../../model/errors.js'

export async function* streamListItems(file: InputFile): AsyncGenerator<{ index: number; value: JsonValue }> {
  const source: Readable = file.stream()
  const stages: Transform[] = [new Parser({ packValues: true, streamValues: false }), new Pick({ filter: 'items' }), new StreamArray()]
  const last = stages[stages.length - 1]!
  let upstream: Readable = source
  for (const stage of stages) {
    upstream.on('error', (error: Error) => last.destroy(error))
    upstream = upstream.pipe(stage)
  }
  let reached = -1
  try {
    for await (const item of last) {
      const { key, value } = item as { key: number; value: JsonValue }
      reached = key
      yield { index: key, value }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new SkyhoundError('SKY_INPUT_INVALID', `${file.path}: invalid or truncated JSON after items[${reached}]: ${message}`, {
      where: `${file.path}:items[${reached + 1}]`,
      hint: 'the file looks truncated or damaged: export it again (the items before this point were kept)',
      cause: error,
    })
  } finally {
    source.destroy()
    for (const stage of stages) stage.destroy()
  }
}
