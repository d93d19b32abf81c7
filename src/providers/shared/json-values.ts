/**
 * @module Strict narrowing helpers for untyped JSON/YAML (Kubernetes objects, Terraform state, scanner reports):
 * a value of the wrong type is `undefined`, keys match exactly. No `any`, no casts at call sites.
 */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const obj = (value: unknown): JsonObject | undefined => (isObject(value) ? value : undefined)
export const arr = (value: unknown): JsonValue[] => (Array.isArray(value) ? (value as JsonValue[]) : [])
export const objects = (value: unknown): JsonObject[] => arr(value).filter(isObject)
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined
export const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined)
export const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined)
export const strings = (value: unknown): string[] =>
  arr(value).filter((v): v is string => typeof v === 'string')

/** A flat string map (labels, selectors); non-string values are rendered as JSON. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isObject(value)) return out
  for (const [key, v] of Object.entries(value)) {
    if (v === null) continue
    out[key] = typeof v === 'string' ? v : JSON.stringify(v)
  }
  return out
}

/** Drops undefined entries so the result is a JsonObject. */
export function compact(fields: Readonly<Record<string, JsonValue | undefined>>): JsonObject {
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value
  return out
}
