/** @module Narrowing readers for node props and raw `config` (JSON of unknown shape). */
import type { JsonObject, JsonValue } from '../../model/graph-types.js'

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const obj = (value: unknown, key: string): JsonObject | undefined => {
  const inner = isObject(value) ? value[key] : undefined
  return isObject(inner) ? inner : undefined
}

/** First present key, for the casings exports disagree on (`properties` / `Properties`). */
export function field(value: unknown, ...keys: string[]): JsonValue | undefined {
  if (!isObject(value)) return undefined
  for (const key of keys) if (value[key] !== undefined && value[key] !== null) return value[key]
  return undefined
}

export const str = (value: unknown, ...keys: string[]): string | undefined => {
  const found = field(value, ...keys)
  return typeof found === 'string' ? found : undefined
}

export const num = (value: unknown, ...keys: string[]): number | undefined => {
  const found = field(value, ...keys)
  if (typeof found === 'number') return found
  return typeof found === 'string' && /^\d+$/.test(found) ? Number(found) : undefined
}

export const bool = (value: unknown, ...keys: string[]): boolean | undefined => {
  const found = field(value, ...keys)
  if (typeof found === 'boolean') return found
  if (found === 'true' || found === 'True') return true
  return found === 'false' || found === 'False' ? false : undefined
}

export function strs(value: unknown, ...keys: string[]): string[] {
  const found = field(value, ...keys)
  if (typeof found === 'string') return [found]
  return Array.isArray(found) ? found.filter((v): v is string => typeof v === 'string') : []
}

export function objs(value: unknown, ...keys: string[]): JsonObject[] {
  const found = field(value, ...keys)
  return Array.isArray(found) ? found.filter(isObject) : isObject(found) ? [found] : []
}

export function nums(value: unknown, ...keys: string[]): number[] {
  const found = field(value, ...keys)
  return Array.isArray(found) ? found.filter((v): v is number => typeof v === 'number') : typeof found === 'number' ? [found] : []
}
