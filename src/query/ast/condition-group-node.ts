/**
 * @module `and` / `or` over conditions, or `not` of exactly one. The factory keeps groups canonical, so the
 * JSON form, the text form and a share link of one query are one AST: nested groups of the same operator
 * are spliced in, and a one-member `and`/`or` inside a group is replaced by its member.
 */
import type { ConditionNode } from './ast-node.js'
import { frozen, frozenList } from './values.js'

export const GROUP_OPERATORS = ['and', 'or', 'not'] as const
export type GroupOperator = (typeof GROUP_OPERATORS)[number]

export interface ConditionGroupNode {
  readonly type: 'conditiongroup'
  readonly properties: {
    readonly operator: GroupOperator
    readonly conditions: readonly ConditionNode[]
  }
}

/** A one-member `and`/`or` means its member. */
function simplify(condition: ConditionNode): ConditionNode {
  if (condition.type !== 'conditiongroup') return condition
  const { operator, conditions } = condition.properties
  return operator !== 'not' && conditions.length === 1 ? simplify(conditions[0]!) : condition
}

function splice(operator: GroupOperator, conditions: readonly ConditionNode[]): ConditionNode[] {
  const out: ConditionNode[] = []
  for (const condition of conditions.map(simplify)) {
    if (operator !== 'not' && condition.type === 'conditiongroup' && condition.properties.operator === operator) {
      out.push(...splice(operator, condition.properties.conditions))
    } else {
      out.push(condition)
    }
  }
  return out
}

export const ConditionGroupNode = Object.freeze({
  create(operator: GroupOperator, conditions: readonly ConditionNode[]): ConditionGroupNode {
    return frozen({
      type: 'conditiongroup',
      properties: frozen({ operator, conditions: frozenList(splice(operator, conditions)) }),
    })
  },
  and(...conditions: ConditionNode[]): ConditionGroupNode {
    return ConditionGroupNode.create('and', conditions)
  },
  or(...conditions: ConditionNode[]): ConditionGroupNode {
    return ConditionGroupNode.create('or', conditions)
  },
  not(condition: ConditionNode): ConditionGroupNode {
    return ConditionGroupNode.create('not', [condition])
  },
  /**
   * The canonical top group of a datasource or an edge filter: a lone group member stands for itself, a
   * lone plain condition sits in an `and`; `undefined` when there is nothing to test.
   */
  top(condition: ConditionNode | undefined): ConditionGroupNode | undefined {
    if (condition === undefined) return undefined
    if (condition.type !== 'conditiongroup') return ConditionGroupNode.create('and', [condition])
    const group = ConditionGroupNode.create(condition.properties.operator, condition.properties.conditions)
    const { operator, conditions } = group.properties
    if (operator === 'not') return group
    if (conditions.length === 0) return undefined
    if (conditions.length === 1) return ConditionGroupNode.top(conditions[0])
    return group
  },
  is(node: { readonly type: string }): node is ConditionGroupNode {
    return node.type === 'conditiongroup'
  },
})
