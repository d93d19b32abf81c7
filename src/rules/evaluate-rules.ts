/** @module Evaluates the rule library over the graph: one finding per (rule, resource). */
import type { GraphView } from '../graph/graph-view.js'
import type { Finding } from '../model/finding.js'
import type { AttackPath } from '../model/attack-path.js'

export interface RuleContext {
  /** Folder of custom YAML/CEL rules (`--rules DIR`). */
  readonly customRulesDir?: string
}

// TODO(#5): the rule library and engine replace this seam's body.
export function evaluateRules(_graph: GraphView, _ctx: RuleContext): Finding[] {
  return []
}

/** Raises each finding's risk from its resource's context (exposure, data, paths); see docs. */
// TODO(#5): risk prioritization.
export function prioritizeFindings(findings: readonly Finding[], _graph: GraphView, _paths: readonly AttackPath[]): Finding[] {
  return [...findings]
}
