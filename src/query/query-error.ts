/**
 * @module Errors of the explorer. A `QueryError` is a SkyhoundError (exit code 2, HTTP 400) that also
 * carries a stable `queryCode` and, for text, the source position with a caret line to print under it.
 */
import { SkyhoundError } from '../model/errors.js'

export const QUERY_ERROR_CODES = {
  SKY_QUERY_SYNTAX: 'The query text does not parse',
  SKY_QUERY_INVALID: 'The query names something that does not exist or combines things that cannot be combined',
  SKY_QUERY_LIMIT: 'The query exceeded a limit (rows, hops, traversal budget or time)',
  SKY_QUERY_LINK: 'The share link is not a query link',
  SKY_TEMPLATE_NOT_FOUND: 'No built-in template with that id',
  SKY_SAVED_QUERY_NOT_FOUND: 'No saved query with that name',
} as const
export type QueryErrorCode = keyof typeof QUERY_ERROR_CODES

/** Where in the query text an error is. `line` and `column` count from 1. */
export interface SourcePosition {
  readonly offset: number
  readonly line: number
  readonly column: number
  /** Characters the caret underlines (at least 1). */
  readonly length: number
}

/** One problem of a JSON query: a JSON path (`$.properties.source…`) and what is wrong there. */
export interface QueryIssue {
  readonly path: string
  readonly message: string
}

export interface QueryErrorOptions {
  readonly hint?: string
  readonly cause?: unknown
  readonly position?: SourcePosition
  readonly source?: string
  readonly issues?: readonly QueryIssue[]
}

export class QueryError extends SkyhoundError {
  readonly queryCode: QueryErrorCode
  readonly position: SourcePosition | undefined
  readonly issues: readonly QueryIssue[]
  /** The offending source line and a caret line under it, or '' when the error has no position. */
  readonly excerpt: string

  constructor(queryCode: QueryErrorCode, message: string, options: QueryErrorOptions = {}) {
    const where = options.position === undefined ? undefined : `line ${options.position.line}, column ${options.position.column}`
    super(
      // Limits are about what was asked for, the rest about how it was written; both are the caller's to fix.
      queryCode === 'SKY_QUERY_LIMIT' || queryCode.endsWith('NOT_FOUND') ? 'SKY_USAGE' : 'SKY_INPUT_INVALID',
      where === undefined ? message : `${where}: ${message}`,
      {
        ...(options.hint === undefined ? {} : { hint: options.hint }),
        ...(options.cause === undefined ? {} : { cause: options.cause }),
        ...(where === undefined ? {} : { where }),
      },
    )
    this.name = 'QueryError'
    this.queryCode = queryCode
    this.position = options.position
    this.issues = options.issues ?? []
    this.excerpt =
      options.position !== undefined && options.source !== undefined ? caretExcerpt(options.source, options.position) : ''
  }
}

export function isQueryError(value: unknown): value is QueryError {
  return value instanceof QueryError
}

/** Line and column (from 1) of an offset. */
export function positionAt(source: string, offset: number, length = 1): SourcePosition {
  let line = 1
  let lineStart = 0
  const end = Math.min(Math.max(offset, 0), source.length)
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { offset: end, line, column: end - lineStart + 1, length: Math.max(1, length) }
}

/** `  3 | WHERE c.x = `, then a caret line under the offending characters (tabs kept so columns align). */
export function caretExcerpt(source: string, position: SourcePosition): string {
  const lines = source.split('\n')
  const text = (lines[position.line - 1] ?? '').replace(/\r$/, '')
  const gutter = `${position.line} | `
  const before = text.slice(0, position.column - 1).replace(/[^\t]/g, ' ')
  const width = Math.max(1, Math.min(position.length, Math.max(1, text.length - position.column + 1)))
  return `${gutter}${text}\n${' '.repeat(gutter.length)}${before}${'^'.repeat(width)}`
}
