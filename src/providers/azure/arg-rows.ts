/** @module Streams the rows of a Resource Graph file, whatever its envelope, one parsed row at a time. */
import type { InputFile } from '../../formats/input-file.js'
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { SkyhoundError } from '../../model/errors.js'
import { asString, field, isObject } from '../shared/json-access.js'
import { topLevelEntries } from '../../formats/json-head.js'

export interface LocatedRow {
  /** Where the row sits in the file, e.g. `data[12]` or `[3]`. */
  readonly location: string
  readonly value: JsonValue
}

/** REST `resultFormat: table` (the 2018/2019 default): `data: {columns, rows}` zipped into objects. */
function zip(columns: readonly string[], row: JsonValue): JsonValue {
  if (!Array.isArray(row)) return row
  const out: JsonObject = {}
  columns.forEach((name, i) => {
    const value = row[i]
    if (value !== undefined) out[name] = value
  })
  return out
}

export async function* resourceGraphRows(file: InputFile): AsyncGenerator<LocatedRow> {
  const head = (await file.head()).text.replace(/^\uFEFF/, '').trimStart()
  if (head.startsWith('[')) {
    for await (const { index, value } of file.streamArray()) yield { location: `[${index}]`, value }
    return
  }
  const data = topLevelEntries(head).find((entry) => entry.key.toLowerCase() === 'data')
  if (data === undefined) {
    throw new SkyhoundError('SKY_INPUT_INVALID', `${file.path}: no \`data\` array in the Resource Graph output`, {
      where: `${file.path}:file`,
      hint: 'save the whole `az graph query -o json` output, or its `data` array',
    })
  }
  if (data.opens !== '{') {
    for await (const { index, value } of file.streamArray([data.key])) yield { location: `${data.key}[${index}]`, value }
    return
  }
  const columns: string[] = []
  for await (const { value } of file.streamArray([data.key, 'columns'])) {
    columns.push(asString(field(isObject(value) ? value : undefined, 'name')) ?? `column${columns.length}`)
  }
  for await (const { index, value } of file.streamArray([data.key, 'rows'])) {
    yield { location: `${data.key}.rows[${index}]`, value: zip(columns, value) }
  }
}
