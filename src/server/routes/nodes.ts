/**
 * @module `/nodes/{id}`: one node with insights, props, provenance and edge counts, plus the first page
 * of its edges each way; `/nodes/{id}/edges` pages further. Ids contain `/` and `:`, so clients send
 * them percent-encoded (`encodeURIComponent`).
 */
import { createRoute, z } from '@hono/zod-openapi'
import type { LoadedSnapshot } from '../graph-source.js'
import { requireRole } from '../middleware/authenticate.js'
import { nodeDetail, nodeEdges } from '../node-detail.js'
import { nextCursor, pageWindow } from '../paging.js'
import { ApiProblem } from '../problem.js'
import { PagingQuerySchema, SnapshotQuerySchema, problemResponses } from '../schemas/common.js'
import { DirectionSchema, EdgeCountsSchema, EdgeKindSchema, EdgePageSchema, NodeSchema } from '../schemas/graph.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { SnapshotRefSchema, snapshotRef } from './snapshot-ref.js'

const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(2048)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Node id, percent-encoded', example: 'aws%3A%2F%2Faccounts%2F111122223333' }),
})

const NodeQuerySchema = SnapshotQuerySchema.extend({
  edgeLimit: z.coerce.number().int().min(0).max(200).default(25).openapi({ description: 'Edges per direction in this response' }),
})

const EdgesQuerySchema = SnapshotQuerySchema.extend(PagingQuerySchema.shape).extend({
  direction: DirectionSchema.default('out'),
  kind: EdgeKindSchema.optional(),
})

const NodeResponseSchema = z
  .object({
    snapshot: SnapshotRefSchema,
    node: NodeSchema,
    degree: z.object({ out: EdgeCountsSchema, in: EdgeCountsSchema }),
    edges: z.object({ out: EdgePageSchema, in: EdgePageSchema }),
  })
  .openapi('NodeDetail')

const EdgesResponseSchema = EdgePageSchema.extend({ snapshot: SnapshotRefSchema }).openapi('NodeEdges')

const show = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['nodes'],
  summary: 'A node: props, insights, provenance, edge counts and the first edges each way',
  description: 'Role: viewer.',
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  request: { params: IdParam, query: NodeQuerySchema },
  responses: {
    200: { description: 'The node', content: { 'application/json': { schema: NodeResponseSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const edges = createRoute({
  method: 'get',
  path: '/{id}/edges',
  tags: ['nodes'],
  summary: "A page of a node's edges in one direction, optionally of one kind",
  description: 'Role: viewer.',
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  request: { params: IdParam, query: EdgesQuerySchema },
  responses: {
    200: { description: 'A page of edges', content: { 'application/json': { schema: EdgesResponseSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

function nodeIndex(loaded: LoadedSnapshot, id: string): number {
  const index = loaded.graph.indexOf(id)
  if (index === undefined) {
    throw new ApiProblem('HTTP_NOT_FOUND', `no node ${id} in snapshot ${loaded.id}`, {
      hint: 'Node ids are case-sensitive; send them percent-encoded (encodeURIComponent).',
    })
  }
  return index
}

export function nodeRoutes(deps: ServerDeps) {
  return newRouter()
    .openapi(show, async (c) => {
      const { id } = c.req.valid('param')
      const query = c.req.valid('query')
      const loaded = await deps.graphs.get(query.snapshot)
      const index = nodeIndex(loaded, id)
      const window = { offset: 0, limit: query.edgeLimit, snapshot: undefined }
      const page = (direction: 'out' | 'in') => {
        const result = nodeEdges(loaded.graph, index, { direction, ...window })
        const cursor = window.limit === 0 ? null : nextCursor(window, result.total, loaded.id)
        return { ...result, offset: 0, limit: window.limit, nextCursor: cursor }
      }
      return c.json(
        { snapshot: snapshotRef(loaded), ...nodeDetail(loaded.graph, index), edges: { out: page('out'), in: page('in') } },
        200,
      )
    })
    .openapi(edges, async (c) => {
      const { id } = c.req.valid('param')
      const query = c.req.valid('query')
      const window = pageWindow(query)
      const loaded = await deps.graphs.get(window.snapshot ?? query.snapshot)
      const result = nodeEdges(loaded.graph, nodeIndex(loaded, id), { ...window, direction: query.direction, kind: query.kind })
      return c.json(
        {
          snapshot: snapshotRef(loaded),
          ...result,
          offset: window.offset,
          limit: window.limit,
          nextCursor: nextCursor(window, result.total, loaded.id),
        },
        200,
      )
    })
}

