/**
 * @module IAM policy documents arrive as objects, JSON strings, or URL-encoded JSON strings (raw
 * IAM API, Config IAM items, Go SDK dumps; formats.md rule 2). All become `{Version, Statement[]}`.
 */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { isObject } from './json.js'

export interface PolicyParse {
  readonly document?: JsonObject
  /** Why the value could not be read; absent when it parsed or when there was no document. */
  readonly error?: string
}

function decodeText(text: string): JsonValue {
  let body = text.trim()
  // URL-encoded JSON starts with `%7B`; a few dumps also encode spaces as `+`.
  if (/^%7b/i.test(body)) body = decodeURIComponent(body.replace(/\+/g, '%20'))
  try {
    return JSON.parse(body) as JsonValue
  } catch (error) {
    // API Gateway returns its policy with the quotes still backslash-escaped (`{\"Version\":…}`).
    if (!body.includes('\\"')) throw error
    return JSON.parse(JSON.parse(`"${body}"`) as string) as JsonValue
  }
}

/** Normalizes a policy document; `Statement` always becomes an array, statements are kept as given. */
export function parsePolicyDocument(value: JsonValue | undefined): PolicyParse {
  if (value === undefined || value === null || value === '') return {}
  let parsed: JsonValue
  try {
    parsed = typeof value === 'string' ? decodeText(value) : value
  } catch (error) {
    return { error: `policy document is neither JSON nor URL-encoded JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  if (typeof parsed === 'string') return parsePolicyDocument(parsed)
  if (!isObject(parsed)) return { error: 'policy document is not a JSON object' }
  const statement = parsed['Statement'] ?? parsed['statement']
  const statements = statement === undefined || statement === null ? [] : Array.isArray(statement) ? statement : [statement]
  const document: JsonObject = {}
  for (const [key, entry] of Object.entries(parsed)) if (key !== 'Statement' && key !== 'statement') document[key] = entry
  document['Statement'] = statements
  return { document }
}
