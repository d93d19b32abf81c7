/** @module Merges the properties of one node seen in several inputs (Config + Terraform + scanner). */
import type { JsonObject, JsonValue } from '../model/graph-types.js'

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Deep-merges `incoming` into a copy of `base`. Objects merge key by key; for any other value the
 * incoming one wins unless it is null or an empty list, so a sparse input (an AWS Config item with no
 * attached policies listed) never erases what a richer one (IAM authorization details) said.
 */
export function mergeProps(base: JsonObject, incoming: JsonObject): JsonObject {
  const out: JsonObject = { ...base }
  for (const [key, value] of Object.entries(incoming)) {
    const current = out[key]
    if (isObject(current) && isObject(value)) out[key] = mergeProps(current, value)
    else if (Array.isArray(value) && value.length === 0 && Array.isArray(current) && current.length > 0) continue
    else if (value !== null || current === undefined) out[key] = value
  }
  return out
}
