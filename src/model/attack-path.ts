/** @module Attack paths (ARCHITECTURE.md §4): the JSON contract of `skyhound paths list --json`. */
import type { Evidence, JsonObject } from './graph-types.js'
import type { EdgeKind, Family, Provider, Severity } from './vocabulary.js'

export const RISK_CATEGORIES = ['data-exposure', 'credentials-exposure', 'compute-abuse', 'account-takeover'] as const
export type RiskCategory = (typeof RISK_CATEGORIES)[number]

export interface NodeSummary {
  readonly id: string
  readonly kind: string
  readonly family: Family
  readonly provider: Provider
  readonly name: string
}

export interface AttackStep {
  readonly from: string
  readonly edge: EdgeKind
  readonly to: string
  /** Id of the attack edge (move) in the catalogue, e.g. `EXPLOIT_EXPOSED_WORKLOAD`. */
  readonly attackEdge: string
  readonly mitre: { readonly tactic: string; readonly technique: string }
  readonly evidence: readonly Evidence[]
}

export interface AttackPath {
  /** Stable across scans for the same (entry, target, shape). */
  readonly id: string
  readonly title: string
  readonly risk: Severity
  readonly categories: readonly RiskCategory[]
  readonly entry: NodeSummary
  readonly target: NodeSummary
  readonly steps: readonly AttackStep[]
  readonly providers: readonly Provider[]
  /** Paths in the (entry, target) group this best path stands for. */
  readonly count: number
  readonly details: JsonObject
}
