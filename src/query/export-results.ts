/**
 * @module CSV and JSON forms of query results. The JSON is the CLI contract
 * `{ total, truncated, rows: [{ node: { id, kind, family, provider, name }, match: [{ from, kind, to }] }] }`.
 * CSV cells that a spreadsheet would run as a formula are prefixed with `'`.
 */
import type { GraphView } from '../graph/graph-view.js'
import type { QueryResult } from './eval/run-query.js'

export interface ResultsJson {
  readonly total: number
  readonly truncated: boolean
  readonly rows: QueryResult['rows']
}

export function resultsToJson(result: QueryResult): ResultsJson {
  return { total: result.total, truncated: result.truncated, rows: result.rows }
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const CSV_COLUMNS = ['id', 'kind', 'family', 'provider', 'name', 'match', 'insights'] as const

/**
 * One line per row: the node, its matched sub-path (`from -kind-> to; …`) and, when the graph is given,
 * its insights as JSON (the reference system exports insights raw the same way).
 */
export function resultsToCsv(result: QueryResult, graph?: GraphView): string {
  const lines = [CSV_COLUMNS.join(',')]
  for (const { node, match } of result.rows) {
    const index = graph?.indexOf(node.id)
    const insights = graph === undefined || index === undefined ? '' : JSON.stringify(graph.nodeInsights(index).map(({ id, params }) => ({ id, params })))
    const path = match.map((e) => `${e.from} -${e.kind}-> ${e.to}`).join('; ')
    lines.push([node.id, node.kind, node.family, node.provider, node.name, path, insights].map(cell).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}
