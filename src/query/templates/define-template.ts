/**
 * @module A built-in explorer template: an id, a title and description, the reference catalogue rows it
 * follows, and the query — written in the text syntax for reading, compiled to the AST at load (a broken
 * template fails every test run, never a user's).
 */
import type { QueryNode } from '../ast/query-node.js'
import { parseQueryText } from '../text/parse-query.js'

export const TEMPLATE_CATEGORIES = ['kubernetes', 'containers', 'compute', 'identity', 'data', 'secrets'] as const
export type TemplateCategory = (typeof TEMPLATE_CATEGORIES)[number]

export interface TemplateSpec {
  /** kebab-case; the `--template` value. */
  readonly id: string
  readonly title: string
  readonly description: string
  readonly category: TemplateCategory
  /** Rows of the reference catalogues it follows: `§1.5 #63`, `§2.4`, or the issue that asked for it. */
  readonly references: readonly string[]
  /** Insights, edges or props the query reads that an analysis (not a reader) provides. */
  readonly needs: readonly string[]
  readonly text: string
}

export interface QueryTemplate extends TemplateSpec {
  readonly query: QueryNode
}

export function defineTemplate(spec: TemplateSpec): QueryTemplate {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.id)) throw new Error(`template id ${spec.id} is not kebab-case`)
  let query: QueryNode
  try {
    query = parseQueryText(spec.text).query
  } catch (error) {
    throw new Error(`template ${spec.id} does not compile: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  return Object.freeze({ ...spec, text: spec.text.trim(), query })
}
