/**
 * @module Test harness for rule files: builds a small graph from node inputs shaped like the providers'
 * mapper output (plus optional neighbours and edges) and evaluates one rule on one node through the
 * engine, so isolation (missing setting → unknown) behaves as in a scan.
 */
import { GraphBuilder } from '../../graph/graph-builder.js'
import type { EdgeInput, Insight, JsonObject, NodeInput } from '../../model/graph-types.js'
import type { InsightId } from '../../model/vocabulary.js'
import type { Rule } from '../define-rule.js'
import { evaluateOne } from '../engine.js'
import type { EngineEvaluation } from '../engine.js'
import { RuleNode } from '../rule-node.js'

export interface Neighbourhood {
  readonly nodes?: readonly NodeInput[]
  readonly edges?: readonly EdgeInput[]
}

/** Evaluates `rule` on `node` (which must be one of the rule's target kinds or families). */
export function evaluateRule(rule: Rule, node: NodeInput, around: Neighbourhood = {}): EngineEvaluation {
  const targets = rule.target.kinds?.includes(node.kind) === true || rule.target.families?.includes(node.family) === true
  if (!targets) throw new Error(`rule ${rule.id} does not target ${node.kind} (${node.family})`)
  const builder = new GraphBuilder()
  builder.addNode(node)
  for (const other of around.nodes ?? []) builder.addNode(other)
  for (const edge of around.edges ?? []) builder.addEdge(edge)
  const { graph } = builder.build()
  return evaluateOne(rule, new RuleNode(graph, graph.indexOf(node.id)!))
}

/** An insight as analyses attach them, for nodes of rule tests. */
export function insightOf(id: InsightId, params: JsonObject = {}): Insight {
  return { id, params, evidence: [{ source: 'test' }] }
}

/** A copy of `node` with some props replaced or removed (`undefined` removes). */
export function withProps(node: NodeInput, changes: Readonly<Record<string, JsonObject[string] | undefined>>): NodeInput {
  const props: JsonObject = { ...(node.props ?? {}) }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete props[key]
    else props[key] = value
  }
  return { ...node, props }
}
