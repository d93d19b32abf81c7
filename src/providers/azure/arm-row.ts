/** @module One Resource Graph row, validated and normalized once so mappers read a stable shape. */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { azureSubscriptionNodeId } from '../ids.js'
import { parseArmId } from './arm-id.js'
import type { ArmId } from './arm-id.js'
import { asString, field, isObject } from '../shared/json-access.js'

export interface ArmRow {
  readonly raw: JsonObject
  readonly arm: ArmId
  /** Lowercased ARM id: the node id. */
  readonly id: string
  /** Lowercased ARM type (the row's own `type`, else derived from the id). */
  readonly type: string
  readonly name: string
  /** ARM `properties`; for `az` outputs that flatten them, the row minus its envelope columns. */
  readonly properties: JsonObject
  /** Subscription node id, '' for tenant-level rows (management groups, built-in roles). */
  readonly scope: string
  readonly region: string | undefined
}

/** Row columns that are not ARM properties (ARG `Resources` schema). */
const ENVELOPE_COLUMNS = new Set([
  'id', 'name', 'type', 'tenantid', 'kind', 'location', 'resourcegroup', 'subscriptionid', 'managedby',
  'sku', 'plan', 'properties', 'tags', 'identity', 'zones', 'extendedlocation', 'etag', 'systemdata', 'apiversion',
])

function flattenedProperties(raw: JsonObject): JsonObject {
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(raw)) if (!ENVELOPE_COLUMNS.has(key.toLowerCase())) out[key] = value
  return out
}

/** The row, or the reason it cannot be mapped. */
export function toArmRow(raw: JsonValue): ArmRow | string {
  if (!isObject(raw)) return 'row is not a JSON object'
  const armId = asString(field(raw, 'id'))
  if (armId === undefined) return 'row has no `id` column (a `project`/`summarize` query without `id` cannot be mapped)'
  const arm = parseArmId(armId)
  if (arm === undefined) return `\`id\` ${armId.slice(0, 120)} is not an ARM resource id`
  const declaredType = asString(field(raw, 'type'))?.toLowerCase()
  const properties = field(raw, 'properties')
  const subscriptionId = asString(field(raw, 'subscriptionId')) ?? arm.subscriptionId
  return {
    raw,
    arm,
    id: arm.id,
    type: declaredType?.includes('/') ? declaredType : arm.type,
    name: asString(field(raw, 'name')) ?? arm.name,
    properties: isObject(properties) ? properties : flattenedProperties(raw),
    scope: subscriptionId === undefined ? '' : azureSubscriptionNodeId(subscriptionId),
    region: asString(field(raw, 'location')),
  }
}

/** PowerShell `ConvertTo-Json` with its default `-Depth 2` turns nested objects into these strings. */
const DEPTH_MARKERS = /^(System\.Collections\.Hashtable|System\.Object\[\]|@\{.*\})$/s

export function looksDepthTruncated(row: ArmRow): boolean {
  const values = [row.raw['properties'], ...Object.values(row.properties)]
  return values.some((value) => typeof value === 'string' && DEPTH_MARKERS.test(value))
}
