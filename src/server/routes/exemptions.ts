/** @module `/exemptions`: list (viewer), create and revoke (analyst) exemptions of findings. Writes are audited. */
import { randomBytes } from 'node:crypto'
import { createRoute, z } from '@hono/zod-openapi'
import { exemptionState } from '../../exemptions/apply-exemptions.js'
import type { JsonObject } from '../../model/graph-types.js'
import type { ExemptionRecord } from '../../store/exemption-store.js'
import type { Principal } from '../app-env.js'
import { requireRole } from '../middleware/authenticate.js'
import { ApiProblem } from '../problem.js'
import { problemResponses } from '../schemas/common.js'
import { CreateExemptionSchema, ExemptionSchema } from '../schemas/posture.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'

const tags = ['exemptions']
const ID = z
  .string()
  .regex(/^ex-[0-9a-f]{12}$/, 'an exemption id is ex- and 12 hex digits')
  .openapi({ param: { name: 'id', in: 'path' } })

const list = createRoute({
  tags,
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  method: 'get',
  path: '/',
  summary: 'Exemptions with their state now (active, expired, pending; revoked with `all=true`)',
  description: 'Role: viewer. Oldest first.',
  request: { query: z.object({ all: z.enum(['true', 'false']).default('false').openapi({ description: 'Include revoked exemptions' }) }) },
  responses: {
    200: { description: 'Exemptions', content: { 'application/json': { schema: z.object({ items: z.array(ExemptionSchema) }).openapi('ExemptionList') } } },
    ...problemResponses(400, 401, 403, 429),
  },
})

const create = createRoute({
  tags,
  middleware: [requireRole('analyst')],
  security: BEARER_SECURITY,
  method: 'post',
  path: '/',
  summary: 'Exempt the findings that match every selector (mitigated or waiver), optionally until a time',
  description: 'Role: analyst. Audited. Applies to every snapshot from now on (the score and lists recompute).',
  request: { body: { required: true, content: { 'application/json': { schema: CreateExemptionSchema } } } },
  responses: {
    201: { description: 'Created', content: { 'application/json': { schema: ExemptionSchema } } },
    ...problemResponses(400, 401, 403, 413, 429),
  },
})

const revoke = createRoute({
  tags,
  middleware: [requireRole('analyst')],
  security: BEARER_SECURITY,
  method: 'delete',
  path: '/{id}',
  summary: 'Revoke an exemption (its findings count again from now on)',
  description: 'Role: analyst. Audited.',
  request: { params: z.object({ id: ID }) },
  responses: { 204: { description: 'Revoked' }, ...problemResponses(400, 401, 403, 404, 429) },
})

function who(principal: Principal | undefined): string {
  if (principal === undefined || principal.kind === 'local') return 'local user'
  return `${principal.name} (token ${principal.tokenId})`
}

export function exemptionRoutes(deps: ServerDeps, now: () => Date = () => new Date()) {
  const store = deps.store.exemptions
  return newRouter()
    .openapi(list, async (c) => {
      const all = c.req.valid('query').all === 'true'
      const at = now()
      const items = (await store.listExemptions()).map((e) => ({ ...e, state: exemptionState(e, at) })).filter((e) => all || e.state !== 'revoked')
      return c.json({ items }, 200)
    })
    .openapi(create, async (c) => {
      const body = c.req.valid('json')
      const at = now()
      if (body.expiresAt !== undefined && Date.parse(body.expiresAt) <= at.getTime()) {
        throw new ApiProblem('HTTP_BAD_REQUEST', `expiresAt ${body.expiresAt} is in the past`, {
          errors: [{ path: 'json.expiresAt', message: 'must be in the future' }],
          hint: 'give a future ISO time, or leave expiresAt out for no expiry',
        })
      }
      const match = Object.fromEntries(Object.entries(body.match).filter(([, v]) => v !== undefined)) as JsonObject
      const record: ExemptionRecord = {
        id: `ex-${randomBytes(6).toString('hex')}`,
        name: body.name ?? body.justification.slice(0, 60),
        category: body.category,
        justification: body.justification,
        createdBy: who(c.get('principal')),
        createdAt: at.toISOString(),
        expiresAt: body.expiresAt === undefined ? null : new Date(body.expiresAt).toISOString(),
        revokedAt: null,
        match,
      }
      await store.createExemption(record)
      return c.json({ ...record, state: exemptionState(record, at) }, 201)
    })
    .openapi(revoke, async (c) => {
      const { id } = c.req.valid('param')
      if (!(await store.revokeExemption(id, now().toISOString()))) {
        throw new ApiProblem('HTTP_NOT_FOUND', `no active exemption ${id}`, { hint: 'GET /api/v1/exemptions lists the ids' })
      }
      return c.body(null, 204)
    })
}
