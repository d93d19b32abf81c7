/** @module `/snapshots`: the history (paged), one summary (`latest` alias), deletion (admin). */
import { createRoute, z } from '@hono/zod-openapi'
import { SkyhoundError } from '../../model/errors.js'
import type { Store } from '../../store/store.js'
import { requireRole } from '../middleware/authenticate.js'
import { nextCursor, pageWindow } from '../paging.js'
import { PagingQuerySchema, pageSchema, problemResponses } from '../schemas/common.js'
import { SnapshotListItemSchema, SnapshotSummarySchema } from '../schemas/snapshot.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'

const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Snapshot id, or `latest`', example: 'latest' }),
})

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['snapshots'],
  summary: 'List snapshots, newest first',
  description: 'Role: viewer.',
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  request: { query: PagingQuerySchema },
  responses: {
    200: { description: 'A page of snapshots', content: { 'application/json': { schema: pageSchema(SnapshotListItemSchema) } } },
    ...problemResponses(400, 401, 403, 429),
  },
})

const show = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['snapshots'],
  summary: 'One snapshot summary: resource counts, issues, findings, attack paths, score',
  description: 'Role: viewer.',
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  request: { params: IdParam },
  responses: {
    200: { description: 'The summary', content: { 'application/json': { schema: SnapshotSummarySchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const remove = createRoute({
  method: 'delete',
  path: '/{id}',
  tags: ['snapshots'],
  summary: 'Delete a snapshot and everything stored with it',
  description: 'Role: admin. Audited.',
  middleware: [requireRole('admin')],
  security: BEARER_SECURITY,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(400, 401, 403, 404, 429) },
})

function notFound(id: string, store: Store): SkyhoundError {
  return new SkyhoundError('SKY_SNAPSHOT_NOT_FOUND', `no snapshot ${id} in the store`, {
    where: store.location,
    hint: 'GET /api/v1/snapshots lists the ids; `latest` names the newest',
  })
}

async function resolveId(store: Store, id: string): Promise<string> {
  if (id !== 'latest') return id
  const latest = await store.latestSnapshotId()
  if (latest === undefined) throw notFound(id, store)
  return latest
}

export function snapshotRoutes(deps: ServerDeps) {
  const { store, graphs } = deps
  return newRouter()
    .openapi(list, async (c) => {
      const window = pageWindow(c.req.valid('query'))
      const all = await store.listSnapshots()
      const items = all.slice(window.offset, window.offset + window.limit)
      return c.json(
        { total: all.length, offset: window.offset, limit: window.limit, items, nextCursor: nextCursor(window, all.length) },
        200,
      )
    })
    .openapi(show, async (c) => {
      const { id } = c.req.valid('param')
      const summary = await store.getSnapshot(await resolveId(store, id))
      if (summary === undefined) throw notFound(id, store)
      return c.json(summary, 200)
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param')
      const resolved = await resolveId(store, id)
      if (!(await store.deleteSnapshot(resolved))) throw notFound(id, store)
      graphs.forget(resolved)
      return c.body(null, 204)
    })
}
