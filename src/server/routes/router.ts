/** @module What every route module starts from: an OpenAPIHono whose validation failures are problems. */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { Hook } from '@hono/zod-openapi'
import type { AppEnv } from '../app-env.js'
import { ApiProblem } from '../problem.js'

/** Zod issues become `errors: [{ path: 'query.limit', message }]` on a 400 problem. */
const validationHook: Hook<unknown, AppEnv, string, undefined> = (result) => {
  if (result.success) return undefined
  const errors = result.error.issues.map((issue) => ({
    path: [result.target, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }))
  const first = errors[0]
  throw new ApiProblem('HTTP_BAD_REQUEST', first === undefined ? 'invalid request' : `${first.path}: ${first.message}`, {
    errors,
  })
}

export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
}

/** OpenAPI `security` of a route that needs a bearer token (or an open loopback server). */
export const BEARER_SECURITY = [{ bearerAuth: [] }]
