/** @module Narrowing readers for the JSON props and insight params this analysis reads. */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'

export function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const obj = (value: JsonValue | undefined): JsonObject | undefined => (isObject(value) ? value : undefined)

export const objects = (value: JsonValue | undefined): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : [])

export const str = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

export const num = (value: JsonValue | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** A string or a list of strings. */
export const strings = (value: JsonValue | undefined): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

export const uniqueSorted = (values: Iterable<string>): string[] => [...new Set(values)].sort()
