/** @module Narrowing readers for the JSON props that provider adapters put on nodes. */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const obj = (value: JsonValue | undefined): JsonObject | undefined => (isObject(value) ? value : undefined)

export const arr = (value: JsonValue | undefined): readonly JsonValue[] => (Array.isArray(value) ? value : [])

export const objects = (value: JsonValue | undefined): JsonObject[] => arr(value).filter(isObject)

export const str = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

export const bool = (value: JsonValue | undefined): boolean | undefined => (typeof value === 'boolean' ? value : undefined)

export const num = (value: JsonValue | undefined): number | undefined => (typeof value === 'number' ? value : undefined)

/** A string or a list of strings, as policy documents write them. */
export const strings = (value: JsonValue | undefined): string[] =>
  typeof value === 'string' ? [value] : arr(value).filter((v): v is string => typeof v === 'string')

/** Case-insensitive key lookup (policy documents and ARM payloads differ in casing). */
export function field(object: JsonObject | undefined, key: string): JsonValue | undefined {
  if (object === undefined) return undefined
  if (key in object) return object[key]
  const lower = key.toLowerCase()
  for (const [k, v] of Object.entries(object)) if (k.toLowerCase() === lower) return v
  return undefined
}
