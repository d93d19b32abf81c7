/**
 * @module Share links: the canonical query JSON, base64url-encoded (no padding). Decoding accepts the bare
 * code or any URL carrying it as `q=` / `query=` (query string or fragment), and validates the query.
 */
import { QueryError } from './query-error.js'
import type { QueryNode } from './ast/query-node.js'
import { validateQuery } from './validate-query.js'

/** Longest link accepted (about 48 KB of query JSON). */
export const MAX_LINK_LENGTH = 65_536

/** The canonical JSON text of a query: the factories fix key order, so equal queries give equal text. */
export function canonicalQueryJson(query: QueryNode): string {
  return JSON.stringify(validateQuery(query))
}

export function encodeShareLink(query: QueryNode): string {
  return Buffer.from(canonicalQueryJson(query), 'utf8').toString('base64url')
}

function linkError(message: string, cause?: unknown): QueryError {
  return new QueryError('SKY_QUERY_LINK', message, {
    hint: 'copy the whole link; it is the base64url code that `skyhound explore --json` and the dashboard share',
    ...(cause === undefined ? {} : { cause }),
  })
}

function codeOf(link: string): string {
  const text = link.trim()
  const param = /[?#&](?:q|query)=([^&#\s]+)/.exec(text)
  return param === null ? text : decodeURIComponent(param[1]!)
}

export function decodeShareLink(link: string): QueryNode {
  if (link.length > MAX_LINK_LENGTH) throw linkError(`the link is longer than ${MAX_LINK_LENGTH} characters`)
  const code = codeOf(link)
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(code)) throw linkError('the link is not base64url text')
  let json: string
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(code, 'base64url'))
  } catch (error) {
    throw linkError('the link does not decode to text', error)
  }
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    throw linkError('the link does not hold a JSON query', error)
  }
  return validateQuery(value)
}
