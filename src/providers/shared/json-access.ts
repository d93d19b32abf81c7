/**
 * @module Lenient narrowing over parsed rows (Azure Resource Graph, GCP Cloud Asset Inventory): absent or
 * mistyped values become `undefined`, never throw; keys match ignoring case (`field`, `at`), booleans and
 * numbers may arrive as strings, a lone string counts as a one-element list. json-values.ts is the strict
 * counterpart (Kubernetes, Terraform, scanner reports).
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'
import { compact, isObject } from './json-values.js'

export { compact, isObject }

export const asObject = (value: unknown): JsonObject | undefined => (isObject(value) ? value : undefined)

export const asArray = (value: unknown): readonly JsonValue[] => (Array.isArray(value) ? (value as JsonValue[]) : [])

export const asString = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/** Booleans also arrive as strings (CSV exports, REST `resultTruncated: "false"`). */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string') return undefined
  const lower = value.toLowerCase()
  return lower === 'true' ? true : lower === 'false' ? false : undefined
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const parsed = Number(value)
  return Number.isFinite(parsed) ? parsed : undefined
}

/** The objects of an array, skipping anything else. */
export const objects = (value: unknown): JsonObject[] => asArray(value).filter(isObject)

/** Non-empty strings of an array; a single string counts as a one-element list. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value]
  return asArray(value).flatMap((item) => (typeof item === 'string' && item !== '' ? [item] : []))
}

/**
 * `object[key]`, falling back to a key equal to it ignoring case: `az` output re-cases fields
 * (`enableRbac` vs ARM's `enableRBAC`, `authorizedIpRanges` vs `authorizedIPRanges`).
 */
export function field(object: JsonObject | undefined, key: string): JsonValue | undefined {
  if (object === undefined) return undefined
  const exact = object[key]
  if (exact !== undefined) return exact
  let lowered: string | undefined
  for (const name in object) {
    // Lengths differ for almost every key: compare them before lowercasing anything.
    if (name.length !== key.length) continue
    lowered ??= key.toLowerCase()
    if (name.toLowerCase() === lowered) return object[name]
  }
  return undefined
}

/** Follows `keys` through nested objects with `field`. */
export function at(object: JsonObject | undefined, ...keys: readonly string[]): JsonValue | undefined {
  let current: JsonValue | undefined = object
  for (const key of keys) {
    current = field(asObject(current), key)
    if (current === undefined) return undefined
  }
  return current
}

/** Lowercased string, for enum-like values whose casing varies between API versions. */
export const lower = (value: unknown): string | undefined => asString(value)?.toLowerCase()
