/**
 * @module Streams CAI records one at a time: NDJSON line by line (a bad line is reported and
 * skipped), JSON arrays and `{assets: […]}` pages element by element, a lone asset object whole.
 */
import type { InputFile } from '../../formats/input-file.js'
import type { JsonValue } from '../../model/graph-types.js'
import { isObject } from '../azure/json-access.js'
import { streamJsonArray } from '../azure/json-array-stream.js'
import { topLevelEntries } from '../azure/json-head.js'

export type CaiRecord =
  | { readonly location: string; readonly value: JsonValue }
  | { readonly location: string; readonly syntaxError: string }

function parseLine(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue
  } catch {
    return undefined
  }
}

export async function* caiRecords(file: InputFile): AsyncGenerator<CaiRecord> {
  const head = (await file.head()).text.replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('[')) {
    for await (const { index, value } of streamJsonArray(file)) yield { location: `[${index}]`, value }
    return
  }
  const firstLine = parseLine(head.split('\n', 1)[0] ?? '')
  if (!isObject(firstLine) && head.startsWith('{')) {
    if (topLevelEntries(head).some((entry) => entry.key === 'assets')) {
      for await (const { index, value } of streamJsonArray(file, ['assets'])) yield { location: `assets[${index}]`, value }
    } else {
      yield { location: 'file', value: await file.json() }
    }
    return
  }
  for await (const { line, text } of file.lines()) {
    const trimmed = text.trim()
    if (trimmed === '') continue
    const value = parseLine(trimmed)
    yield value === undefined
      ? { location: `line ${line}`, syntaxError: `line ${line} is not valid JSON${trimmed.endsWith('}') ? '' : ' (cut short?)'}` }
      : { location: `line ${line}`, value }
  }
}
