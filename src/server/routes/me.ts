/** @module `GET /me`: who the caller is (the dashboard shows it and hides actions above the role). */
import { createRoute, z } from '@hono/zod-openapi'
import { requireRole } from '../middleware/authenticate.js'
import { problemResponses } from '../schemas/common.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { RoleSchema } from './tokens.js'

const MeSchema = z
  .object({
    kind: z.enum(['token', 'local']),
    role: RoleSchema,
    tokenId: z.string().nullable(),
    name: z.string().nullable(),
    authMode: z.enum(['open', 'tokens']),
  })
  .openapi('Me')

const me = createRoute({
  method: 'get',
  path: '/',
  tags: ['server'],
  summary: 'The caller: token id, name and role, or the local user of an open server',
  description: 'Role: viewer.',
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: MeSchema } } },
    ...problemResponses(401, 429),
  },
})

export function meRoutes(deps: ServerDeps) {
  return newRouter().openapi(me, async (c) => {
    const principal = c.get('principal')!
    const authMode = await deps.gate.mode()
    return principal.kind === 'token'
      ? c.json({ kind: 'token' as const, role: principal.role, tokenId: principal.tokenId, name: principal.name, authMode }, 200)
      : c.json({ kind: 'local' as const, role: principal.role, tokenId: null, name: null, authMode }, 200)
  })
}
