/** @module What every export format reads: findings, the metadata of their rules, the snapshot they belong to. */
import type { Finding } from '../model/finding.js'
import type { SnapshotHeader } from '../model/snapshot.js'
import type { Rule } from '../rules/define-rule.js'
import { frameworkIndex } from '../rules/frameworks/index.js'

export interface ExportInput {
  readonly snapshot: SnapshotHeader
  readonly findings: readonly Finding[]
  /** Rules by id (built-in and custom); findings of unknown rules are exported with their id only. */
  readonly rules: ReadonlyMap<string, Rule>
  /** Generation time (ISO); defaults to the snapshot time, so exports are reproducible. */
  readonly generatedAt?: string
  readonly toolVersion: string
}

/** Framework id → requirement ids of a rule: the framework files plus the rule's own references. */
export function frameworksOf(rule: Rule | undefined, index: ReadonlyMap<string, Record<string, string[]>> = FRAMEWORK_INDEX): Record<string, string[]> {
  if (rule === undefined) return {}
  const merged: Record<string, string[]> = { ...(index.get(rule.id) ?? {}) }
  for (const [framework, requirements] of Object.entries(rule.frameworks ?? {})) merged[framework] = [...new Set([...(merged[framework] ?? []), ...requirements])]
  return merged
}

const FRAMEWORK_INDEX = frameworkIndex()

export const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')
