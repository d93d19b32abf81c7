/**
 * @module Streams CAI records one at a time: NDJSON line by line (a bad line is reported and
 * skipped), JSON arrays and `{assets: […]}` pages element by element, a lone asset object whole.
 */
import type { InputFile } from '../../formats/input-file.js'
import type { JsonValue } from '../../model/graph-types.js'
import { isObject } from '../shared/json-access.js'
import { topLevelEntries } from '../../formats/json-head.js'

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

/** How the records are laid out, from the head of the file. */
function layoutOf(head: string): 'array' | 'assets' | 'lines' | 'document' {
  if (head.startsWith('[')) return 'array'
  const newline = head.indexOf('\n')
  const firstLine = parseLine(newline < 0 ? head : head.slice(0, newline))
  if (isObject(firstLine) && !('assets' in firstLine)) return 'lines'
  if (!head.startsWith('{')) return 'lines'
  if (topLevelEntries(head).some((entry) => entry.key === 'assets')) return 'assets'
  // One line longer than the head is NDJSON (or a one-line asset); a line that is just `{` starts a pretty document.
  return newline < 0 ? 'lines' : 'document'
}

export async function* caiRecords(file: InputFile): AsyncGenerator<CaiRecord> {
  const layout = layoutOf((await file.head()).text.replace(/^\uFEFF/, '').trimStart())
  if (layout === 'array' || layout === 'assets') {
    const key = layout === 'assets' ? ['assets'] : []
    for await (const { index, value } of file.streamArray(key)) yield { location: `${key[0] ?? ''}[${index}]`, value }
    return
  }
  if (layout === 'document') {
    yield { location: 'file', value: await file.json() }
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
