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

/**
 * Findings of one rule on one provider share a frozen `details` object: most findings are healthy and
 * carry nothing else, and a scan makes millions of them. Prioritization adds the resource's kind and
 * name to unhealthy findings (src/rules/risk/prioritize.ts).
 */
export function sharedDetails(rule: Rule, provider: string): JsonObject {
  return Object.freeze({ control: rule.control, provider })
}

export function findingOf(rule: Rule, node: RuleNode, status: FindingStatus, message: string, extra: JsonObject | undefined, shared: JsonObject = sharedDetails(rule, node.provider)): Finding {
  return {
    id: `${rule.id}|${node.id}`,
    ruleId: rule.id,
    nodeId: node.id,
    status,
    severity: rule.severity,
    message,
    scope: node.scope,
    details: extra === undefined ? shared : { ...shared, kind: node.kind, name: node.name, ...extra },
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
    const members = graph.nodesOfKind(kind)
    // A kind belongs to one provider: the shared details are made once per (kind, rule).
    const provider = members.length === 0 ? '' : graph.nodeProvider(members[0]!)
    const details = kindRules.map((rule) => sharedDetails(rule, provider))
    for (const index of members) {
      const node = new RuleNode(graph, index)
      for (let r = 0; r < kindRules.length; r++) {
        const rule = kindRules[r]!
        const result = evaluateOne(rule, node)
        evaluations++
        findings.push(findingOf(rule, node, result.status, result.message, result.details, details[r]))
      }
    }
  }
  return { findings, evaluations }
}
