/**
 * @module The CEL environment of custom rules: what an expression sees of a node. `resource` (id, kind,
 * family, provider, scope, name, region), `props`, `tags`, and `insights` (insight id → params).
 */
import { Environment } from '@marcbachmann/cel-js'
import type { JsonObject } from '../../model/graph-types.js'
import type { RuleNode } from '../rule-node.js'

export const CEL_VARIABLES = ['resource', 'props', 'tags', 'insights'] as const

export function celEnvironment(): Environment {
  return new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false })
    .registerVariable('resource', 'map')
    .registerVariable('props', 'map')
    .registerVariable('tags', 'map')
    .registerVariable('insights', 'map')
}

export function celContext(node: RuleNode): Record<string, unknown> {
  const insights: JsonObject = {}
  for (const insight of node.insights) insights[insight.id] = insight.params
  const region = node.graph.node(node.index).region
  return {
    resource: { id: node.id, kind: node.kind, family: node.family, provider: node.provider, scope: node.scope, name: node.name, region: region ?? '' },
    props: node.props,
    tags: node.tags,
    insights,
  }
}
