/** @module `GET /audit` (admin): the audit log of write requests, newest first. */
import { createRoute, z } from '@hono/zod-openapi'
import { requireRole } from '../middleware/authenticate.js'
import { JsonObjectSchema, MAX_PAGE_SIZE, problemResponses } from '../schemas/common.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { RoleSchema } from './tokens.js'

const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.string().openapi({ description: 'Token id, `local` (open server) or `anonymous` (refused)' }),
    role: RoleSchema.nullable(),
    method: z.string(),
    path: z.string(),
    status: z.number().int(),
    ip: z.string(),
    requestId: z.string(),
    detail: JsonObjectSchema,
  })
  .openapi('AuditEntry')

const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z.string().uuid().optional().openapi({ description: '`nextCursor` of the previous page' }),
})

const audit = createRoute({
  method: 'get',
  path: '/',
  tags: ['server'],
  summary: 'Audit log of write requests, newest first',
  description: 'Role: admin.',
  middleware: [requireRole('admin')],
  security: BEARER_SECURITY,
  request: { query: AuditQuerySchema },
  responses: {
    200: {
      description: 'A page of entries',
      content: { 'application/json': { schema: z.object({ items: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }) } },
    },
    ...problemResponses(400, 401, 403, 429),
  },
})

export function auditRoutes(deps: ServerDeps) {
  return newRouter().openapi(audit, async (c) => {
    const { limit, cursor } = c.req.valid('query')
    const items = await deps.gate.tokens.listAudit({ limit, ...(cursor === undefined ? {} : { before: cursor }) })
    const last = items.at(-1)
    return c.json({ items, nextCursor: items.length === limit && last !== undefined ? last.id : null }, 200)
  })
}
