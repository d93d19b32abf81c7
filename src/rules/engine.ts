/**
 * @module The rule engine: rules are indexed by the kinds (and families) they target, so each node is
 * visited once and only by its rules. Each evaluation is isolated: a throwing rule yields an `error`
 * finding carrying the code, a missing setting an `unknown` one, and the scan goes on.
 */
import type { GraphView } from '../graph/graph-view.js'
import type { JsonObject } from '../model/graph-types.js'
import type { Finding, FindingStatus } from '../model/finding.js'
import type { Evaluation, Rule } from './define-rule.js'
import { MissingSetting, RuleNode } from './rule-node.js'

/** The code an `error` finding carries in `details.code`. */
export const RULE_FAILED_CODE = 'SKY_RULE_FAILED'

/** Rules per node kind present in the graph, in rule order (kind or family match). */
export function indexRulesByKind(graph: GraphView, rules: readonly Rule[]): Map<string, Rule[]> {
  const byKind = new Map<string, Rule[]>()
  for (const kind of graph.kinds()) {
    const members = graph.nodesOfKind(kind)
    const first = members[0]
    if (first === undefined) continue
    const family = graph.nodeFamily(first)
    const matching = rules.filter((rule) => rule.target.kinds?.includes(kind) === true || rule.target.families?.includes(family) === true)
    if (matching.length > 0) byKind.set(kind, matching)
  }
  return byKind
}

export type EngineEvaluation = Evaluation | { readonly status: 'error'; readonly message: string; readonly details: JsonObject }

/** One (rule, node) evaluation with the engine's isolation (missing setting → unknown, throw → error). */
export function evaluateOne(rule: Rule, node: RuleNode): EngineEvaluation {
  try {
    return rule.evaluate(node)
  } catch (error) {
    if (error instanceof MissingSetting) {
      return { status: 'unknown', message: `${node.label}: ${error.path} is not in the input, so the rule cannot tell` }
    }
    const text = error instanceof Error ? error.message : String(error)
    return { status: 'error', message: `rule ${rule.id} failed on ${node.label}: ${text}`, details: { code: RULE_FAILED_CODE, error: text } }
  }
}

export function findingOf(rule: Rule, node: RuleNode, status: FindingStatus, message: string, extra: JsonObject | undefined): Finding {
  return {
    id: `${rule.id}|${node.id}`,
    ruleId: rule.id,
    nodeId: node.id,
    status,
    severity: rule.severity,
    message,
    scope: node.scope,
    details: {
      control: rule.control,
      kind: node.kind,
      provider: node.provider,
      name: node.name,
      ...(extra ?? {}),
    },
  }
}

export interface RunRulesResult {
  readonly findings: Finding[]
  /** (rule, resource) pairs evaluated. */
  readonly evaluations: number
}

export function runRules(graph: GraphView, rules: readonly Rule[]): RunRulesResult {
  const findings: Finding[] = []
  let evaluations = 0
  for (const [kind, kindRules] of indexRulesByKind(graph, rules)) {
    for (const index of graph.nodesOfKind(kind)) {
      const node = new RuleNode(graph, index)
      for (const rule of kindRules) {
        const result = evaluateOne(rule, node)
        evaluations++
        findings.push(findingOf(rule, node, result.status, result.message, result.details))
      }
    }
  }
  return { findings, evaluations }
}
