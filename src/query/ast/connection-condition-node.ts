/**
 * @module Holds when a path of `name` edges (one kind or several), `direction` from the node, between
 * `minHops` and `maxHops` long (1..1 when absent), whose edges meet `edge` (property conditions on edge
 * props), ends at a node of `target`, recursively.
 */
import type { EdgeKind } from '../../model/vocabulary.js'
import { ConditionGroupNode } from './condition-group-node.js'
import type { ConditionNode } from './ast-node.js'
import type { DatasourceNode } from './datasource-node.js'
import { frozen, frozenList } from './values.js'

export const DIRECTIONS = ['outgoing', 'incoming', 'any'] as const
export type ConnectionDirection = (typeof DIRECTIONS)[number]

export interface ConnectionConditionNode {
  readonly type: 'connection'
  readonly properties: {
    readonly name: EdgeKind | readonly EdgeKind[]
    readonly direction: ConnectionDirection
    readonly minHops?: number
    readonly maxHops?: number
    readonly edge?: ConditionGroupNode
    readonly target: DatasourceNode
  }
}

export interface ConnectionSpec {
  readonly name: EdgeKind | readonly EdgeKind[]
  readonly direction: ConnectionDirection
  readonly minHops?: number | undefined
  readonly maxHops?: number | undefined
  readonly edge?: ConditionNode | undefined
  readonly target: DatasourceNode
}

/** Edge kinds of a connection as a list, whichever form it was written in. */
export function connectionKinds(node: ConnectionConditionNode): readonly EdgeKind[] {
  const { name } = node.properties
  return typeof name === 'string' ? [name] : name
}

/** The hop range with defaults applied. */
export function hopRange(node: ConnectionConditionNode): { readonly min: number; readonly max: number } {
  const min = node.properties.minHops ?? 1
  return { min, max: node.properties.maxHops ?? Math.max(min, 1) }
}

export const ConnectionConditionNode = Object.freeze({
  create(spec: ConnectionSpec): ConnectionConditionNode {
    const kinds = typeof spec.name === 'string' ? [spec.name] : [...new Set(spec.name)]
    const min = spec.minHops ?? 1
    const max = spec.maxHops ?? Math.max(min, 1)
    const edge = ConditionGroupNode.top(spec.edge)
    return frozen({
      type: 'connection',
      properties: frozen({
        name: kinds.length === 1 ? kinds[0]! : frozenList(kinds),
        direction: spec.direction,
        ...(min === 1 && max === 1 ? {} : { minHops: min, maxHops: max }),
        ...(edge === undefined ? {} : { edge }),
        target: spec.target,
      }),
    })
  },
  is(node: { readonly type: string }): node is ConnectionConditionNode {
    return node.type === 'connection'
  },
})
