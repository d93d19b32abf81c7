/** @module Evaluates the rule library over the graph: one finding per (rule, resource). */
import type { GraphView } from '../graph/graph-view.js'
import type { AttackPath } from '../model/attack-path.js'
import type { Finding } from '../model/finding.js'
import { loadCustomRules } from './custom/load-custom-rules.js'
import type { Rule } from './define-rule.js'
import { runRules } from './engine.js'
import { ALL_RULES } from './index.js'
import { prioritize } from './risk/prioritize.js'

export interface RuleContext {
  /** Folder of custom YAML/CEL rules (`--rules DIR`). */
  readonly customRulesDir?: string
  /** Replaces the built-in library (tests, benchmarks). */
  readonly rules?: readonly Rule[]
}

/** Built-in rules plus the custom rules of `customRulesDir` (a bad file throws SKY_INPUT_INVALID). */
export function activeRules(ctx: RuleContext = {}): Rule[] {
  const builtin = ctx.rules ?? ALL_RULES
  if (ctx.customRulesDir === undefined) return [...builtin]
  return [...builtin, ...loadCustomRules(ctx.customRulesDir, new Set(builtin.map((r) => r.id)))]
}

export function evaluateRules(graph: GraphView, ctx: RuleContext): Finding[] {
  return runRules(graph, activeRules(ctx)).findings
}

/** Raises each finding's risk from its resource's context (exposure, data, paths); see docs/risk.md. */
export function prioritizeFindings(findings: readonly Finding[], graph: GraphView, paths: readonly AttackPath[]): Finding[] {
  return prioritize(findings, graph, paths)
}
