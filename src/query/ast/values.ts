/** @module Literal values that conditions compare against, and the operators of property conditions. */

export type Scalar = string | number | boolean | null
export type PropertyValue = Scalar | readonly Scalar[]

export const PROPERTY_OPERATORS = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'contains',
  'startswith',
  'endswith',
  'regex',
  'exists',
] as const
export type PropertyOperator = (typeof PROPERTY_OPERATORS)[number]

export const isPropertyOperator = (value: unknown): value is PropertyOperator =>
  typeof value === 'string' && (PROPERTY_OPERATORS as readonly string[]).includes(value)

/** Node fields a property path may start with; anything else is a key of `props`. */
export const NODE_FIELDS = ['id', 'kind', 'family', 'provider', 'scope', 'name', 'region'] as const
export type NodeField = (typeof NODE_FIELDS)[number]
/** Roots of a canonical property path: a node field, `props` or `tags`. */
export const PATH_ROOTS = [...NODE_FIELDS, 'props', 'tags'] as const
export type PathRoot = (typeof PATH_ROOTS)[number]
/** Roots of an edge property path (connection edge conditions). */
export const EDGE_PATH_ROOTS = ['kind', 'props'] as const

export const isScalar = (value: unknown): value is Scalar =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))

/** Frozen shallow copy; AST nodes are immutable plain objects (Kysely style). */
export function frozen<T extends object>(value: T): Readonly<T> {
  return Object.freeze(value)
}

export function frozenList<T>(values: readonly T[]): readonly T[] {
  return Object.freeze([...values])
}
