/** @module A set of nodes: the union of its sources (kinds, families; every node when empty) that meet its conditions. */
import { ConditionGroupNode } from './condition-group-node.js'
import type { ConditionNode, SourceNode } from './ast-node.js'
import { frozen, frozenList } from './values.js'

export interface DatasourceNode {
  readonly type: 'datasource'
  readonly properties: {
    readonly sources: readonly SourceNode[]
    readonly conditions?: ConditionGroupNode
  }
}

function sourceKey(source: SourceNode): string {
  return `${source.type}:${source.properties.source}`
}

export const DatasourceNode = Object.freeze({
  create(sources: readonly SourceNode[], conditions?: ConditionNode): DatasourceNode {
    const seen = new Set<string>()
    const unique = sources.filter((source) => !seen.has(sourceKey(source)) && seen.add(sourceKey(source)))
    const group = ConditionGroupNode.top(conditions)
    return frozen({
      type: 'datasource',
      properties: frozen({ sources: frozenList(unique), ...(group === undefined ? {} : { conditions: group }) }),
    })
  },
  is(node: { readonly type: string }): node is DatasourceNode {
    return node.type === 'datasource'
  },
})
