/**
 * @module Timestamps in AWS exports: ISO `Z`, `+00:00`, Python `str(datetime)` with a space, and
 * epoch numbers in seconds or milliseconds (formats.md cross-cutting rule 4). All become ISO UTC.
 */
import type { JsonValue } from '../../../model/graph-types.js'

/** Epoch values below this are seconds (year 5138 in seconds), above are milliseconds. */
const SECONDS_LIMIT = 1e11

export function toIsoTimestamp(value: JsonValue | undefined): string | undefined {
  let date: Date
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return undefined
    date = new Date(value < SECONDS_LIMIT ? value * 1000 : value)
  } else if (typeof value === 'string' && value.trim() !== '') {
    const text = value.trim()
    if (/^\d+(\.\d+)?$/.test(text)) return toIsoTimestamp(Number(text))
    date = new Date(text.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2'))
  } else {
    return undefined
  }
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
