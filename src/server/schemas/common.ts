/** @module Zod schemas shared by every route: JSON values, problems, paging, snapshot selection. */
import { z } from '@hono/zod-openapi'
import type { JsonValue } from '../../model/graph-types.js'
import { PROBLEM_CONTENT_TYPE } from '../problem.js'

/**
 * Any JSON value. Not `z.json()`: its recursive schema overflows the OpenAPI generator; responses are
 * produced by our own code, so this schema only has to describe them.
 */
export const JsonValueSchema = z.custom<JsonValue>(() => true).openapi('JsonValue', {
  description: 'Any JSON value',
  type: ['string', 'number', 'boolean', 'null', 'array', 'object'],
})
export const JsonObjectSchema = z.record(z.string(), JsonValueSchema)

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:skyhound:problem:SKY_SNAPSHOT_NOT_FOUND' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().openapi({ description: 'Stable error code (docs/api.md#errors)' }),
    hint: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' })

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed input (problem+json with `errors` per field)',
  401: 'Missing or invalid bearer token',
  403: 'The token role does not allow this route',
  404: 'Not found',
  413: 'Request body too large',
  429: 'Rate limit exceeded (see Retry-After)',
  503: 'The store is unavailable',
}

/** Response entries for the given problem statuses, for `createRoute({ responses })`. */
export function problemResponses<const S extends number>(...statuses: S[]) {
  const entries = statuses.map((status) => [
    status,
    {
      description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem',
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemSchema } },
    },
  ])
  return Object.fromEntries(entries) as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }>
}

export const MAX_PAGE_SIZE = 500

export const PagingQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(50)
    .openapi({ description: `Page size, 1–${MAX_PAGE_SIZE}` }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: '`nextCursor` of the previous page (takes precedence over `offset`)' }),
  offset: z.coerce.number().int().min(0).optional().openapi({ description: 'Items to skip' }),
})

export const SnapshotQuerySchema = z.object({
  snapshot: z
    .string()
    .min(1)
    .max(200)
    .default('latest')
    .openapi({ description: 'Snapshot id, or `latest` (default)' }),
})

/** An array in a response: readonly, like the model types that fill it. */
export function list<T extends z.ZodType>(item: T) {
  return z.array(item).readonly()
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    total: z.number().int().openapi({ description: 'Items matching, over all pages' }),
    offset: z.number().int(),
    limit: z.number().int(),
    items: list(item),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last' }),
  })
}

/** A repeatable query parameter (`?provider=aws&provider=gcp`), always read as an array. */
export function repeated<T extends z.ZodType<string>>(item: T) {
  return z
    .union([item, z.array(item)])
    .optional()
    .transform((value): z.output<T>[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
}
