/**
 * The typed API client: `hc<AppType>` from the server's own route definitions, so a renamed field or
 * route is a compile error here. Adds the bearer token and turns problem+json answers into ApiError.
 */
import { hc, parseResponse } from 'hono/client'
import type { ClientResponse } from 'hono/client'
import type { AppType } from '../../../src/server/app.js'
import { readToken } from './token.js'

export interface ProblemBody {
  readonly title: string
  readonly status: number
  readonly detail: string
  readonly code: string
  readonly hint?: string
  readonly requestId?: string
  readonly errors?: readonly { readonly path: string; readonly message: string }[]
}

export class ApiError extends Error {
  constructor(readonly problem: ProblemBody) {
    super(problem.detail)
    this.name = 'ApiError'
  }

  get status(): number {
    return this.problem.status
  }
}

function isProblem(value: unknown): value is ProblemBody {
  return typeof value === 'object' && value !== null && 'status' in value && 'detail' in value && 'code' in value
}

async function problemOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined)
  if (isProblem(body)) return new ApiError(body)
  return new ApiError({
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status} ${response.statusText}`.trim(),
    code: 'HTTP_UNEXPECTED',
  })
}

export const api = hc<AppType>(globalThis.location?.origin ?? 'http://127.0.0.1:7420', {
  headers: (): Record<string, string> => {
    const token = readToken()
    return token === undefined ? {} : { Authorization: `Bearer ${token}` }
  },
}).api.v1

/** Listeners told about every 401, so the app can ask for a token. */
const unauthorizedListeners = new Set<() => void>()
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

/** Awaits a client call: the typed success body, or an ApiError carrying the problem. */
export async function call<R extends ClientResponse<unknown>>(
  pending: Promise<R>,
): ReturnType<typeof parseResponse<R>> {
  let response: R
  try {
    response = await pending
  } catch (error) {
    throw new ApiError({
      title: 'The server cannot be reached',
      status: 0,
      detail: error instanceof Error ? error.message : String(error),
      code: 'NETWORK',
      hint: 'Is `skyhound serve` still running?',
    })
  }
  if (!response.ok) {
    const error = await problemOf(response as unknown as Response)
    if (error.status === 401) for (const listener of unauthorizedListeners) listener()
    throw error
  }
  return parseResponse(response)
}
