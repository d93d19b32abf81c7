/**
 * @module Narrowing helpers over parsed JSON. AWS serialises the same field as camelCase (Config,
 * CLI) or PascalCase (CloudFormation-registry types, raw API), so lookups try both spellings.
 */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { compact, isObject } from '../../shared/json-values.js'

export { compact, isObject }

function flipFirst(name: string): string {
  const first = name.charAt(0)
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()
  return flipped + name.slice(1)
}

/** The first present value among `names`, each tried as written and with its first letter's case flipped. */
export function field(source: JsonValue | undefined, ...names: string[]): JsonValue | undefined {
  if (!isObject(source)) return undefined
  for (const name of names) {
    const direct = source[name]
    if (direct !== undefined && direct !== null) return direct
    const flipped = source[flipFirst(name)]
    if (flipped !== undefined && flipped !== null) return flipped
  }
  return undefined
}

/** Parses strings that hold JSON documents (Config supplementary values, API `configuration`). */
export function parseEmbeddedJson(value: JsonValue | undefined): JsonValue | undefined {
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return value
  try {
    return JSON.parse(trimmed) as JsonValue
  } catch {
    return value
  }
}

export function str(source: JsonValue | undefined, ...names: string[]): string | undefined {
  const value = field(source, ...names)
  if (typeof value === 'string') return value.length > 0 ? value : undefined
  if (typeof value === 'number') return String(value)
  return undefined
}

export function num(source: JsonValue | undefined, ...names: string[]): number | undefined {
  const value = field(source, ...names)
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value)
  return undefined
}

export function bool(source: JsonValue | undefined, ...names: string[]): boolean | undefined {
  const value = field(source, ...names)
  if (typeof value === 'boolean') return value
  if (value === 'true' || value === 'True') return true
  if (value === 'false' || value === 'False') return false
  return undefined
}

/** An object field; a JSON string holding an object is parsed. */
export function obj(source: JsonValue | undefined, ...names: string[]): JsonObject | undefined {
  const value = parseEmbeddedJson(field(source, ...names))
  return isObject(value) ? value : undefined
}

/** An array field; a single value is wrapped, a JSON string holding an array is parsed, missing gives []. */
export function arr(source: JsonValue | undefined, ...names: string[]): JsonValue[] {
  const value = parseEmbeddedJson(field(source, ...names))
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

export function objects(source: JsonValue | undefined, ...names: string[]): JsonObject[] {
  return arr(source, ...names).filter(isObject)
}

/** Strings of a string-or-array field (numbers are kept as their text). */
export function strings(source: JsonValue | undefined, ...names: string[]): string[] {
  return arr(source, ...names).flatMap((v) => (typeof v === 'string' && v !== '' ? [v] : typeof v === 'number' ? [String(v)] : []))
}

/** Same as `strings` for a value already in hand. */
export function stringList(value: JsonValue | undefined): string[] {
  if (value === undefined || value === null) return []
  const list = Array.isArray(value) ? value : [value]
  return list.flatMap((v) => (typeof v === 'string' && v !== '' ? [v] : []))
}

export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)]
}
