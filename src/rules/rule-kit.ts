/**
 * @module What a rule file imports: `defineRule`, the result helpers, the node view and the small
 * readers shared by rules of several providers (ports, CIDRs). A rule never imports another rule.
 */
export { defineRule, healthy, notApplicable, unhealthy, unknown } from './define-rule.js'
export type { Evaluation, Rule, RuleDefinition } from './define-rule.js'
export type { RuleNode } from './rule-node.js'
import type { JsonValue } from '../model/graph-types.js'

/** A scalar as text for messages ('' or `fallback` for objects, lists and absent values). */
export function text(value: JsonValue | undefined, fallback = ''): string {
  if (typeof value === 'string') return value
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : fallback
}

/** The strings of a list value (others dropped). */
export function texts(value: JsonValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** CIDRs and address prefixes that mean "any source address". */
const ANY_SOURCE = new Set(['0.0.0.0/0', '::/0', '*', 'internet', 'any', '0.0.0.0', '0.0.0.0-255.255.255.255'])

export function isAnySource(source: string): boolean {
  return ANY_SOURCE.has(source.trim().toLowerCase())
}

/** True when `[from, to]` (inclusive) contains `port`. */
export function coversPort(from: number | undefined, to: number | undefined, port: number): boolean {
  if (from === undefined) return false
  return from <= port && port <= (to ?? from)
}

/** `22`, `20-25`, `*` as Azure and GCP spell destination ports. */
export function portSpecCovers(spec: string, port: number): boolean {
  const text = spec.trim()
  if (text === '*') return true
  const [low, high] = text.split('-').map((p) => Number.parseInt(p, 10))
  if (low === undefined || Number.isNaN(low)) return false
  return coversPort(low, high === undefined || Number.isNaN(high) ? low : high, port)
}

/** Management ports CIS and the reference system treat as "remote server administration". */
export const SSH_PORT = 22
export const RDP_PORT = 3389
