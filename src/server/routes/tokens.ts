/** @module `/tokens` (admin): list, create (the secret is returned once), revoke. Writes are audited. */
import { createRoute, z } from '@hono/zod-openapi'
import { ROLES } from '../../store/auth-store.js'
import { MAX_TOKEN_NAME, createApiToken, listApiTokens, revokeApiToken } from '../auth/token-service.js'
import { requireRole } from '../middleware/authenticate.js'
import { ApiProblem } from '../problem.js'
import { problemResponses } from '../schemas/common.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'

export const RoleSchema = z.enum(ROLES).openapi('Role', { description: 'viewer < analyst < admin' })

const TokenInfoSchema = z
  .object({ id: z.string(), name: z.string(), role: RoleSchema, createdAt: z.string(), revokedAt: z.string().nullable() })
  .openapi('TokenInfo')

const CreatedTokenSchema = TokenInfoSchema.extend({
  token: z.string().openapi({ description: 'The bearer token; shown only in this response' }),
}).openapi('CreatedToken')

const CreateTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(MAX_TOKEN_NAME).regex(/^[^\p{Cc}]+$/u, 'must be printable'),
    role: RoleSchema,
  })
  .strict()
  .openapi('CreateToken')

const admin = { middleware: [requireRole('admin')], security: BEARER_SECURITY, tags: ['tokens'] }

const list = createRoute({
  ...admin,
  method: 'get',
  path: '/',
  summary: 'List API tokens (never their secrets)',
  description: 'Role: admin.',
  responses: {
    200: { description: 'Tokens, oldest first', content: { 'application/json': { schema: z.object({ items: z.array(TokenInfoSchema) }) } } },
    ...problemResponses(401, 403, 429),
  },
})

const create = createRoute({
  ...admin,
  method: 'post',
  path: '/',
  summary: 'Create a token; the response is the only time its secret is shown',
  description: 'Role: admin. Audited.',
  request: { body: { required: true, content: { 'application/json': { schema: CreateTokenSchema } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: CreatedTokenSchema } } },
    ...problemResponses(400, 401, 403, 413, 429),
  },
})

const revoke = createRoute({
  ...admin,
  method: 'delete',
  path: '/{id}',
  summary: 'Revoke a token (effective within seconds on every server)',
  description: 'Role: admin. Audited.',
  request: { params: z.object({ id: z.string().regex(/^[0-9a-f]{12}$/).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 204: { description: 'Revoked' }, ...problemResponses(400, 401, 403, 404, 429) },
})

export function tokenRoutes(deps: ServerDeps) {
  const { gate } = deps
  return newRouter()
    .openapi(list, async (c) => c.json({ items: await listApiTokens(gate.tokens) }, 200))
    .openapi(create, async (c) => {
      const created = await createApiToken(gate.tokens, c.req.valid('json'))
      gate.invalidate()
      return c.json(created, 201)
    })
    .openapi(revoke, async (c) => {
      const { id } = c.req.valid('param')
      if (!(await revokeApiToken(gate.tokens, id))) throw new ApiProblem('HTTP_NOT_FOUND', `no active token with id ${id}`)
      gate.invalidate()
      return c.body(null, 204)
    })
}
