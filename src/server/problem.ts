/**
 * @module RFC 9457 problem+json: SkyhoundError codes and transport failures (auth, limits, validation)
 * become one response shape. Inner layers never know HTTP; this is the only place statuses are chosen,
 * and no response ever carries a stack trace.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { ERROR_CODES, isSkyhoundError } from '../model/errors.js'
import type { ErrorCode } from '../model/errors.js'

export const STATUS_BY_ERROR: Record<ErrorCode, ContentfulStatusCode> = {
  SKY_USAGE: 400,
  SKY_INPUT_NOT_FOUND: 404,
  SKY_INPUT_UNRECOGNIZED: 422,
  SKY_INPUT_INVALID: 400,
  SKY_SNAPSHOT_NOT_FOUND: 404,
  SKY_STORE_URL: 500,
  SKY_STORE_FAILURE: 503,
  SKY_STORE_SCHEMA: 500,
  SKY_NOTIFY_DELIVERY: 502,
  SKY_INTERNAL: 500,
}

/** Failures that belong to the HTTP transport rather than to Skyhound's domain (STYLE.md §8.5). */
export const HTTP_PROBLEMS = {
  HTTP_BAD_REQUEST: { status: 400, title: 'The request is malformed' },
  HTTP_UNAUTHORIZED: { status: 401, title: 'Authentication is required' },
  HTTP_FORBIDDEN: { status: 403, title: 'The token role does not allow this request' },
  HTTP_NOT_FOUND: { status: 404, title: 'No such resource' },
  HTTP_PAYLOAD_TOO_LARGE: { status: 413, title: 'The request body is too large' },
  HTTP_MISDIRECTED: { status: 421, title: 'The request was sent to a host name this server does not serve' },
  HTTP_RATE_LIMITED: { status: 429, title: 'Too many requests' },
  HTTP_INTERNAL: { status: 500, title: 'An internal error' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>
export type HttpProblemCode = keyof typeof HTTP_PROBLEMS

export interface FieldError {
  /** Dotted path of the offending input, prefixed by where it came from: `query.limit`, `json.role`. */
  readonly path: string
  readonly message: string
}

export interface Problem {
  readonly type: string
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly instance: string
  readonly code: ErrorCode | HttpProblemCode
  readonly hint?: string
  readonly requestId?: string
  readonly errors?: readonly FieldError[]
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json'

/** A transport failure raised by middleware or handlers; turned into problem+json by the app's onError. */
export class ApiProblem extends Error {
  readonly code: HttpProblemCode
  readonly hint: string | undefined
  readonly errors: readonly FieldError[] | undefined
  readonly headers: Readonly<Record<string, string>>

  constructor(
    code: HttpProblemCode,
    detail: string,
    options: { hint?: string; errors?: readonly FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail)
    this.name = 'ApiProblem'
    this.code = code
    this.hint = options.hint
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }
}

const SERVER_SIDE_DETAIL = 'The server failed while handling this request; its log has the details under this request id.'

function problemType(code: string): string {
  return `urn:skyhound:problem:${code}`
}

const CODE_BY_STATUS: Partial<Record<number, HttpProblemCode>> = Object.fromEntries(
  Object.entries(HTTP_PROBLEMS).map(([code, { status }]) => [status, code as HttpProblemCode]),
)

/** Hono's own HTTPExceptions (malformed JSON body, …) as ApiProblems; 5xx ones stay opaque. */
function fromHttpException(error: HTTPException): ApiProblem | undefined {
  const code = CODE_BY_STATUS[error.status]
  if (code === undefined || error.status >= 500) return undefined
  return new ApiProblem(code, error.message === '' ? HTTP_PROBLEMS[code].title : error.message)
}

/** The problem document for any thrown value; unknown errors reveal nothing but a request id. */
export function problemOf(thrown: unknown, instance: string, requestId?: string): Problem {
  const error = thrown instanceof HTTPException ? (fromHttpException(thrown) ?? thrown) : thrown
  const base = { instance, ...(requestId === undefined ? {} : { requestId }) }
  if (error instanceof ApiProblem) {
    const known = HTTP_PROBLEMS[error.code]
    return {
      type: problemType(error.code),
      title: known.title,
      status: known.status,
      detail: error.message,
      code: error.code,
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      ...(error.errors === undefined ? {} : { errors: error.errors }),
      ...base,
    }
  }
  if (isSkyhoundError(error)) {
    const status = STATUS_BY_ERROR[error.code]
    // Server-side failures name files, hosts and driver messages: those stay in the log.
    const hidden = status >= 500
    return {
      type: problemType(error.code),
      title: ERROR_CODES[error.code],
      status,
      detail: hidden ? SERVER_SIDE_DETAIL : error.message,
      code: error.code,
      ...(error.hint === undefined || hidden ? {} : { hint: error.hint }),
      ...base,
    }
  }
  return {
    type: problemType('HTTP_INTERNAL'),
    title: HTTP_PROBLEMS.HTTP_INTERNAL.title,
    status: 500,
    detail: SERVER_SIDE_DETAIL,
    code: 'HTTP_INTERNAL',
    ...base,
  }
}

export function problemResponse(c: Context, problem: Problem, headers: Readonly<Record<string, string>> = {}): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    ...headers,
    'Content-Type': PROBLEM_CONTENT_TYPE,
  })
}
