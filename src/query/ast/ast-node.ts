/** @module The query AST as a union, and the exhaustive visitor type over it (STYLE.md "Query AST node"). */
import type { ConditionGroupNode } from './condition-group-node.js'
import type { ConnectionConditionNode } from './connection-condition-node.js'
import type { DatasourceNode } from './datasource-node.js'
import type { EntitySourceNode } from './entity-source-node.js'
import type { FamilySourceNode } from './family-source-node.js'
import type { InsightConditionNode } from './insight-condition-node.js'
import type { PropertyConditionNode } from './property-condition-node.js'
import type { QueryNode } from './query-node.js'
import type { RecommendationConditionNode } from './recommendation-condition-node.js'
import type { VulnerabilityConditionNode } from './vulnerability-condition-node.js'

export type SourceNode = EntitySourceNode | FamilySourceNode

export type ConditionNode =
  | ConditionGroupNode
  | PropertyConditionNode
  | InsightConditionNode
  | RecommendationConditionNode
  | VulnerabilityConditionNode
  | ConnectionConditionNode

export type AstNode = QueryNode | DatasourceNode | SourceNode | ConditionNode
export type AstNodeType = AstNode['type']

/** One handler per node type: adding a node type without handling it is a compile error. */
export type AstVisitor<R> = { readonly [T in AstNodeType]: (node: Extract<AstNode, { type: T }>) => R }
export type ConditionVisitor<R> = { readonly [T in ConditionNode['type']]: (node: Extract<ConditionNode, { type: T }>) => R }

export function visit<R>(node: AstNode, visitor: AstVisitor<R>): R {
  return (visitor[node.type] as (n: AstNode) => R)(node)
}

export function visitCondition<R>(node: ConditionNode, visitor: ConditionVisitor<R>): R {
  return (visitor[node.type] as (n: ConditionNode) => R)(node)
}
