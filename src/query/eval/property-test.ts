/**
 * @module Property conditions over JSON values. A path walks objects key by key; an array on the way is
 * searched element by element (`props.ports.port = 443` holds when any port is 443), a decimal segment
 * indexes it. Comparisons never coerce types and are false on missing values; `ne` holds when the value
 * exists and no element equals; `contains` is membership for a list and substring for a string.
 */
import type { JsonValue } from '../../model/graph-types.js'
import type { PropertyConditionNode } from '../ast/property-condition-node.js'
import type { Scalar } from '../ast/values.js'
import { compileRegex } from '../validate-query.js'

export type LeafTest = (leaf: JsonValue | undefined) => boolean

const INDEX = /^(0|[1-9][0-9]*)$/

/** True when any leaf reached by `path[from…]` from `value` passes `test`. */
export function anyLeaf(value: JsonValue | undefined, path: readonly string[], from: number, test: LeafTest): boolean {
  if (from === path.length) return test(value)
  if (Array.isArray(value)) {
    const key = path[from]!
    if (INDEX.test(key)) return anyLeaf(value[Number(key)], path, from + 1, test)
    for (const element of value) if (anyLeaf(element, path, from, test)) return true
    return false
  }
  if (typeof value !== 'object' || value === null) return false
  const key = path[from]!
  return Object.prototype.hasOwnProperty.call(value, key) ? anyLeaf(value[key], path, from + 1, test) : false
}

/** Applies a scalar test to a leaf, or to each element when the leaf is a list. */
function eachScalar(test: (value: Scalar) => boolean): LeafTest {
  const check = (leaf: JsonValue | undefined): boolean => {
    if (leaf === undefined) return false
    if (Array.isArray(leaf)) return leaf.some(check)
    if (typeof leaf === 'object' && leaf !== null) return false
    return test(leaf)
  }
  return check
}

export const present: LeafTest = (leaf) =>
  leaf !== undefined &&
  leaf !== null &&
  !(Array.isArray(leaf) && leaf.length === 0) &&
  !(typeof leaf === 'object' && !Array.isArray(leaf) && Object.keys(leaf).length === 0)

function ordered(bound: Scalar, holds: (order: number) => boolean): LeafTest {
  return eachScalar((value) => {
    if (typeof value === 'number' && typeof bound === 'number') return holds(value === bound ? 0 : value < bound ? -1 : 1)
    if (typeof value === 'string' && typeof bound === 'string') return holds(value === bound ? 0 : value < bound ? -1 : 1)
    return false
  })
}

/**
 * The leaf test of a condition, and whether it is negated over all leaves (`ne`: present, and no leaf
 * equal). Built once per condition node.
 */
export function leafTestOf(condition: PropertyConditionNode): { readonly test: LeafTest; readonly negate: boolean } {
  const { operator, value } = condition.properties
  const scalarValue = (Array.isArray(value) ? null : value) as Scalar
  switch (operator) {
    case 'exists':
      return { test: present, negate: false }
    case 'eq':
      return { test: eachScalar((v) => v === scalarValue), negate: false }
    case 'ne':
      return { test: eachScalar((v) => v === scalarValue), negate: true }
    case 'in': {
      const set = new Set<Scalar>(Array.isArray(value) ? value : [])
      return { test: eachScalar((v) => set.has(v)), negate: false }
    }
    case 'lt':
      return { test: ordered(scalarValue, (o) => o < 0), negate: false }
    case 'lte':
      return { test: ordered(scalarValue, (o) => o <= 0), negate: false }
    case 'gt':
      return { test: ordered(scalarValue, (o) => o > 0), negate: false }
    case 'gte':
      return { test: ordered(scalarValue, (o) => o >= 0), negate: false }
    case 'startswith':
      return { test: eachScalar((v) => typeof v === 'string' && v.startsWith(String(scalarValue))), negate: false }
    case 'endswith':
      return { test: eachScalar((v) => typeof v === 'string' && v.endsWith(String(scalarValue))), negate: false }
    case 'regex': {
      const regex = compileRegex(String(scalarValue))
      return { test: eachScalar((v) => typeof v === 'string' && regex.test(v)), negate: false }
    }
    case 'contains':
      return {
        test: (leaf) =>
          Array.isArray(leaf)
            ? leaf.some((v) => v === scalarValue)
            : typeof leaf === 'string' && typeof scalarValue === 'string' && leaf.includes(scalarValue),
        negate: false,
      }
  }
}

/** Evaluates a property condition on one root value (`props`, `tags`, or a field wrapped as a leaf). */
export function testValue(root: JsonValue | undefined, path: readonly string[], from: number, test: LeafTest, negate: boolean): boolean {
  if (!negate) return anyLeaf(root, path, from, test)
  return anyLeaf(root, path, from, present) && !anyLeaf(root, path, from, test)
}
