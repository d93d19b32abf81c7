/**
 * @module Recognizes Resource Graph output in its envelopes (formats.md §A2, §A7): az ≥ 2
 * `{count, data, skip_token, total_records}`, az 1.x and `ConvertTo-Json` bare arrays, REST
 * `{totalRecords, count, data, facets, resultTruncated, $skipToken}`, PowerShell `{Data, SkipToken}`.
 */
import type { DetectionSample } from '../../formats/format-adapter.js'
import type { JsonValue } from '../../model/graph-types.js'
import { parseArmId } from './arm-id.js'
import { asArray, asString, field, isObject } from '../shared/json-access.js'
import { topLevelEntries } from '../../formats/json-head.js'

/** Keys only ARG envelopes have; `count` + `data` alone is too common to count. */
const ENVELOPE_KEYS = new Set(['skip_token', 'total_records', 'totalrecords', '$skiptoken', 'skiptoken', 'resulttruncated', 'facets'])
const ALLOWED_KEYS = new Set([...ENVELOPE_KEYS, 'count', 'data'])

const ARM_ID = /"id"\s*:\s*"\/(subscriptions|providers)\//i
const ARM_TYPE = /"type"\s*:\s*"[a-z0-9-]+\.[a-z0-9.-]+\/[^"]+"/i

function isArmRow(value: JsonValue | undefined): boolean {
  if (!isObject(value)) return false
  const id = asString(field(value, 'id'))
  const type = asString(field(value, 'type'))
  return id !== undefined && parseArmId(id) !== undefined && (type === undefined || type.includes('/'))
}

/** One bad row first must not hide the file: look at a few. */
const someArmRow = (rows: readonly JsonValue[]): boolean => rows.slice(0, 5).some(isArmRow)

function isArgDocument(json: JsonValue): boolean {
  if (Array.isArray(json)) return someArmRow(json)
  if (!isObject(json)) return false
  const keys = Object.keys(json).map((key) => key.toLowerCase())
  if (!keys.includes('data') || keys.some((key) => !ALLOWED_KEYS.has(key))) return false
  const data = field(json, 'data')
  if (isObject(data)) return Array.isArray(data['rows']) && keys.some((key) => ENVELOPE_KEYS.has(key))
  return keys.some((key) => ENVELOPE_KEYS.has(key)) || someArmRow(asArray(data))
}

function isArgHead(head: string): boolean {
  if (head.startsWith('[')) return /^\[\s*\{/.test(head) && ARM_ID.test(head) && ARM_TYPE.test(head)
  if (!head.startsWith('{')) return false
  const keys = topLevelEntries(head).map((entry) => entry.key.toLowerCase())
  if (!keys.includes('data') || keys.some((key) => !ALLOWED_KEYS.has(key))) return false
  return keys.some((key) => ENVELOPE_KEYS.has(key)) || (ARM_ID.test(head) && ARM_TYPE.test(head))
}

export function detectResourceGraph(sample: DetectionSample): boolean {
  if (sample.json !== undefined) return isArgDocument(sample.json)
  // Large or damaged files: only the head is known; a truncated export must still be recognized.
  return isArgHead(sample.head.trimStart())
}
