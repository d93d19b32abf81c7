/** @module The parse tree of the text syntax: what was written, with spans, before names are resolved. */
import type { Scalar } from '../ast/values.js'

export interface Span {
  readonly offset: number
  readonly end: number
}

export interface NameCst {
  readonly name: string
  /** Written in backticks: never a keyword. */
  readonly quoted: boolean
  readonly span: Span
}

export type LiteralCst =
  | { readonly kind: 'scalar'; readonly value: Scalar; readonly span: Span }
  | { readonly kind: 'list'; readonly items: readonly LiteralCst[]; readonly span: Span }
  | { readonly kind: 'map'; readonly entries: readonly MapEntryCst[]; readonly span: Span }

export interface MapEntryCst {
  readonly key: NameCst
  readonly value: LiteralCst
}

export interface NodePatternCst {
  readonly variable?: NameCst
  readonly labels: readonly NameCst[]
  readonly properties: readonly MapEntryCst[]
  readonly span: Span
}

export type RelDirection = 'outgoing' | 'incoming' | 'any'

export interface RelPatternCst {
  readonly variable?: NameCst
  readonly kinds: readonly NameCst[]
  readonly direction: RelDirection
  /** Present when `*` was written; bounds absent when not given. */
  readonly range?: { readonly min?: number; readonly max?: number; readonly span: Span }
  readonly properties: readonly MapEntryCst[]
  readonly span: Span
}

/** `(a)-[r]->(b)<-[s]-(c)`: `nodes.length === rels.length + 1`. */
export interface PathPatternCst {
  readonly nodes: readonly NodePatternCst[]
  readonly rels: readonly RelPatternCst[]
}

export interface PropertyRefCst {
  readonly variable: NameCst
  readonly segments: readonly NameCst[]
  readonly span: Span
}

export type CompareOperator =
  | 'eq'
  | 'ne'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'in'
  | 'contains'
  | 'startswith'
  | 'endswith'
  | 'regex'
  | 'exists'
  | 'missing'

export const FUNCTIONS = ['has_insight', 'has_recommendation', 'has_vulnerability'] as const
export type FunctionName = (typeof FUNCTIONS)[number]

export type ExprCst =
  | { readonly kind: 'and' | 'or'; readonly items: readonly ExprCst[]; readonly span: Span }
  | { readonly kind: 'not'; readonly item: ExprCst; readonly span: Span }
  | { readonly kind: 'compare'; readonly ref: PropertyRefCst; readonly operator: CompareOperator; readonly value?: LiteralCst; readonly span: Span }
  | { readonly kind: 'exists-pattern'; readonly patterns: readonly PathPatternCst[]; readonly where?: ExprCst; readonly span: Span }
  | { readonly kind: 'call'; readonly name: FunctionName; readonly variable: NameCst; readonly args: readonly LiteralCst[]; readonly span: Span }

export interface QueryCst {
  readonly patterns: readonly PathPatternCst[]
  readonly where?: ExprCst
  readonly returns: NameCst
  readonly limit?: { readonly value: number; readonly span: Span }
}
