/**
 * @module A test on a node (or edge) field: `path` starts at a node field, `props` or `tags`
 * (`['props', 'apiServerAccessProfile', 'authorizedIpRanges']`, `['tags', 'env']`, `['name']`).
 */
import { frozen, frozenList } from './values.js'
import type { PropertyOperator, PropertyValue } from './values.js'

export interface PropertyConditionNode {
  readonly type: 'property'
  readonly properties: {
    readonly path: readonly string[]
    readonly operator: PropertyOperator
    /** Absent for `exists`; a list for `in`; a pattern string for `regex`; a scalar otherwise. */
    readonly value?: PropertyValue
  }
}

export const PropertyConditionNode = Object.freeze({
  create(path: readonly string[], operator: PropertyOperator, value?: PropertyValue): PropertyConditionNode {
    const copy = Array.isArray(value) ? frozenList(value) : (value)
    return frozen({
      type: 'property',
      properties: frozen({
        path: frozenList(path),
        operator,
        ...(operator === 'exists' || copy === undefined ? {} : { value: copy }),
      }),
    })
  },
  is(node: { readonly type: string }): node is PropertyConditionNode {
    return node.type === 'property'
  },
})
