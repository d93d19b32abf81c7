/**
 * @module `defineRule`: a rule is typed metadata plus `evaluate(node)`. The metadata is validated when
 * the rule module loads, so a malformed rule fails at startup (and in the meta-test), not mid-scan.
 */
import type { JsonObject } from '../model/graph-types.js'
import type { Family, Provider, Severity } from '../model/vocabulary.js'
import type { RuleNode } from './rule-node.js'
import { formatIssues, ruleMetadataSchema } from './rule-schema.js'
import type { RuleCategory } from './rule-schema.js'
import type { ControlId } from './security-controls.js'

export type EvaluationStatus = 'healthy' | 'unhealthy' | 'not-applicable' | 'unknown'

export interface Evaluation {
  readonly status: EvaluationStatus
  /** Observed fact + resource name: "bucket `logs` grants READ to AllUsers". */
  readonly message: string
  readonly details?: JsonObject
}

export const healthy = (message: string, details?: JsonObject): Evaluation =>
  details === undefined ? { status: 'healthy', message } : { status: 'healthy', message, details }
export const unhealthy = (message: string, details?: JsonObject): Evaluation =>
  details === undefined ? { status: 'unhealthy', message } : { status: 'unhealthy', message, details }
export const notApplicable = (message: string): Evaluation => ({ status: 'not-applicable', message })
export const unknown = (message: string): Evaluation => ({ status: 'unknown', message })

export interface Remediation {
  readonly steps: readonly string[]
  readonly cli?: string
  readonly terraform?: string
}

export interface RuleTarget {
  readonly kinds?: readonly string[]
  readonly families?: readonly Family[]
}

export interface RuleMetadata {
  readonly id: string
  /** The secure state, ≤ 100 characters, never "Ensure…". */
  readonly title: string
  readonly description: string
  readonly severity: Severity
  /** Security control of the secure score (rules/security-controls.ts). */
  readonly control: ControlId
  readonly categories: readonly RuleCategory[]
  readonly remediation: Remediation
  readonly target: RuleTarget
  /** Framework id → requirement ids; built-in rules are mapped in rules/frameworks/ instead. */
  readonly frameworks?: Readonly<Record<string, readonly string[]>>
  readonly preview?: boolean
}

export interface RuleDefinition extends RuleMetadata {
  readonly evaluate: (node: RuleNode) => Evaluation
}

export interface Rule extends RuleDefinition {
  /** Provider the rule is about, from its id prefix or its target kinds. */
  readonly provider: Provider | undefined
  /** Where it comes from: `builtin`, or the custom rule file. */
  readonly source: string
}

const ID_PREFIX_PROVIDER: Readonly<Record<string, Provider>> = { aws: 'aws', azure: 'azure', gcp: 'gcp', k8s: 'kubernetes' }

export function providerOfRule(id: string, target: RuleTarget): Provider | undefined {
  const fromId = ID_PREFIX_PROVIDER[id.split('-')[0]!]
  if (fromId !== undefined) return fromId
  const prefixes = new Set((target.kinds ?? []).map((kind) => ID_PREFIX_PROVIDER[kind.split('.')[0]!]))
  const [only] = prefixes
  return prefixes.size === 1 ? only : undefined
}

/** Validates the metadata (a programmer error throws, naming the rule) and freezes the rule. */
export function defineRule(definition: RuleDefinition, source = 'builtin'): Rule {
  // A rule spread into a new definition carries the derived fields: they are derived again.
  const { evaluate, provider: _provider, source: _source, ...metadata } = definition as RuleDefinition & Partial<Pick<Rule, 'provider' | 'source'>>
  if (typeof evaluate !== 'function') throw new Error(`rule ${definition.id}: evaluate must be a function`)
  const parsed = ruleMetadataSchema.safeParse(metadata)
  if (!parsed.success) throw new Error(`rule ${definition.id}: invalid metadata: ${formatIssues(parsed.error)}`)
  return Object.freeze({ ...metadata, evaluate, provider: providerOfRule(definition.id, definition.target), source } as Rule)
}
