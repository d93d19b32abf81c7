/** @module `GET /health`: liveness and what the server is serving; public, reveals no location. */
import { createRoute, z } from '@hono/zod-openapi'
import type { ServerDeps } from '../server-deps.js'
import { SERVER_VERSION } from '../version.js'
import { newRouter } from './router.js'

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    store: z.enum(['sqlite', 'postgres']),
    auth: z.enum(['open', 'tokens']),
    snapshot: z.object({ id: z.string(), loadedAt: z.string(), loadMs: z.number() }).nullable(),
  })
  .openapi('Health')

const health = createRoute({
  method: 'get',
  path: '/',
  tags: ['server'],
  summary: 'Liveness, version, auth mode and the snapshot in memory',
  responses: { 200: { description: 'The server is up', content: { 'application/json': { schema: HealthSchema } } } },
})

export function healthRoutes(deps: ServerDeps) {
  return newRouter().openapi(health, async (c) => {
    const loaded = deps.graphs.peek()
    return c.json(
      {
        status: 'ok' as const,
        version: SERVER_VERSION,
        store: deps.store.backend,
        auth: await deps.gate.mode(),
        snapshot:
          loaded === undefined
            ? null
            : { id: loaded.id, loadedAt: new Date(loaded.loadedAt).toISOString(), loadMs: loaded.loadMs },
      },
      200,
    )
  })
}
