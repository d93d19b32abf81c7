/** @module `GET /inventory`: resources of a snapshot with filters, facet counts and paging. */
import { createRoute, z } from '@hono/zod-openapi'
import { parseTagFilter, queryInventory } from '../inventory-query.js'
import { requireRole } from '../middleware/authenticate.js'
import { nextCursor, pageWindow } from '../paging.js'
import { PagingQuerySchema, SnapshotQuerySchema, pageSchema, problemResponses, repeated } from '../schemas/common.js'
import { FamilySchema, NodeSummarySchema, ProviderSchema } from '../schemas/graph.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { SnapshotRefSchema, snapshotRef } from './snapshot-ref.js'

const text = (max: number) => z.string().min(1).max(max)

const InventoryQuerySchema = SnapshotQuerySchema.extend(PagingQuerySchema.shape).extend({
  provider: repeated(ProviderSchema).openapi({ description: 'Repeat for several (any of them matches)' }),
  family: repeated(FamilySchema).openapi({ description: 'Repeat for several' }),
  kind: repeated(text(200)).openapi({ description: 'Node kind, e.g. aws.ec2.instance; repeat for several' }),
  scope: repeated(text(500)).openapi({ description: 'Account / subscription / project / cluster node id' }),
  tag: repeated(text(600)).openapi({ description: '`key` (tag present) or `key=value`; every tag filter must match' }),
  q: z.string().max(200).optional().openapi({ description: 'Case-insensitive substring of the name or id' }),
})

const FacetCounts = z.record(z.string(), z.number().int())

const InventoryPageSchema = pageSchema(NodeSummarySchema)
  .extend({
    snapshot: SnapshotRefSchema,
    facets: z
      .object({ provider: FacetCounts, family: FacetCounts, kind: FacetCounts })
      .openapi({ description: "Counts per value, each applying every filter except the facet's own" }),
  })
  .openapi('InventoryPage')

const inventory = createRoute({
  method: 'get',
  path: '/',
  tags: ['inventory'],
  summary: 'Resources of a snapshot: filter, facet counts, paging',
  description: 'Role: viewer. The internet pseudo-node is not inventory. Order: node id.',
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  request: { query: InventoryQuerySchema },
  responses: {
    200: { description: 'A page of resources', content: { 'application/json': { schema: InventoryPageSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

export function inventoryRoutes(deps: ServerDeps) {
  return newRouter().openapi(inventory, async (c) => {
    const query = c.req.valid('query')
    const window = pageWindow(query)
    const loaded = await deps.graphs.get(window.snapshot ?? query.snapshot)
    const result = queryInventory(
      loaded.graph,
      {
        providers: query.provider,
        families: query.family,
        kinds: query.kind,
        scopes: query.scope,
        tags: query.tag.map(parseTagFilter),
        ...(query.q === undefined ? {} : { q: query.q }),
      },
      window,
    )
    return c.json(
      {
        snapshot: snapshotRef(loaded),
        total: result.total,
        offset: window.offset,
        limit: window.limit,
        items: result.items,
        nextCursor: nextCursor(window, result.total, loaded.id),
        facets: result.facets,
      },
      200,
    )
  })
}
