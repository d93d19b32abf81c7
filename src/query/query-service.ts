/**
 * @module The explorer's service API, shared by the CLI and the HTTP server: parse text, validate JSON,
 * run a query in any of its forms (AST, JSON, text) on a graph, list templates, share links.
 */
import type { GraphView } from '../graph/graph-view.js'
import type { QueryNode } from './ast/query-node.js'
import { runQueryAst } from './eval/run-query.js'
import type { QueryResult, RunOptions } from './eval/run-query.js'
import { BUILTIN_TEMPLATES, getTemplate } from './templates/index.js'
import type { QueryTemplate, TemplateCategory } from './templates/index.js'
import { parseQueryText } from './text/parse-query.js'
import type { CompiledQuery } from './text/parse-query.js'
import { printQuery } from './text/print-query.js'
import { validateQuery } from './validate-query.js'

/** A query as callers hold it: the canonical AST, its JSON (from a request or a file), or text. */
export type QueryInput = QueryNode | string | Readonly<Record<string, unknown>>

/** Parses query text; `limit` is the text's `LIMIT n`, when written. */
export function parseQuery(text: string): CompiledQuery {
  return parseQueryText(text)
}

/** Any query form → canonical AST (and the text's LIMIT). Throws QueryError on bad text or JSON. */
export function resolveQuery(input: QueryInput): CompiledQuery {
  return typeof input === 'string' ? parseQueryText(input) : { query: validateQuery(input) }
}

/**
 * Runs a query on a graph. A text `LIMIT n` lowers `limits.maxRows`, never raises it, so a server's row
 * limit holds whatever the text says.
 */
export function runQuery(graph: GraphView, input: QueryInput, options: RunOptions = {}): QueryResult {
  const { query, limit } = resolveQuery(input)
  const maxRows = options.limits?.maxRows
  const rows = limit === undefined ? maxRows : maxRows === undefined ? limit : Math.min(limit, maxRows)
  return runQueryAst(graph, query, { ...options, limits: { ...options.limits, ...(rows === undefined ? {} : { maxRows: rows }) } })
}

export interface TemplateSummary {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly category: TemplateCategory
  readonly references: readonly string[]
  readonly needs: readonly string[]
  /** The query as text, canonical form (what `explore --query` accepts). */
  readonly text: string
  readonly query: QueryNode
}

export function listTemplates(): readonly QueryTemplate[] {
  return BUILTIN_TEMPLATES
}

export function templateSummary(template: QueryTemplate): TemplateSummary {
  return {
    id: template.id,
    title: template.title,
    description: template.description,
    category: template.category,
    references: template.references,
    needs: template.needs,
    text: printQuery(template.query),
    query: template.query,
  }
}

export { getTemplate }
