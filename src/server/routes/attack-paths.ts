/**
 * @module `/attack-paths`: the list (filters, search, grouping, server-side sort and paging), choke
 * points, what-if, the diff between two snapshots, and one path's detail with its graph, per-node
 * insights and recommendations. Reads the paths the scan stored with the snapshot; choke points and
 * what-if search the in-memory graph again (src/paths/what-if.ts). Role: viewer.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { RISK_CATEGORIES } from '../../model/attack-path.js'
import { SEVERITIES } from '../../model/vocabulary.js'
import { diffPaths } from '../../paths/diff-paths.js'
import { whatIf } from '../../paths/what-if.js'
import { requireRole } from '../middleware/authenticate.js'
import { nextCursor, pageWindow } from '../paging.js'
import { pathDataOf, storedPaths } from '../path-data.js'
import { PATH_GROUPS, PATH_SORTS, comparePathsBy, filterPaths, groupPaths, pathDetail, pathSummary, ruleTitle, sortGrouped } from '../path-view.js'
import { ApiProblem } from '../problem.js'
import {
  ChokePointSchema,
  PathChangeSchema,
  PathDetailSchema,
  PathFacetsSchema,
  PathGroupSchema,
  PathSummarySchema,
  RecommendationImpactSchema,
  WhatIfRequestSchema,
} from '../schemas/attack-paths.js'
import { PagingQuerySchema, SnapshotQuerySchema, list, pageSchema, problemResponses, repeated } from '../schemas/common.js'
import { ProviderSchema } from '../schemas/graph.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { SnapshotRefSchema, snapshotRef } from './snapshot-ref.js'

const viewer = { middleware: [requireRole('viewer')], security: BEARER_SECURITY, tags: ['attack-paths'] }
const kindText = z.string().min(1).max(200)

const ListQuerySchema = SnapshotQuerySchema.extend(PagingQuerySchema.shape).extend({
  risk: repeated(z.enum(SEVERITIES)).openapi({ description: 'Repeatable: critical, high, medium, low' }),
  category: repeated(z.enum(RISK_CATEGORIES)).openapi({ description: 'Repeatable risk category' }),
  provider: repeated(ProviderSchema).openapi({ description: 'Repeatable: paths touching this cloud' }),
  entryKind: repeated(kindText).openapi({ description: 'Repeatable: entry kind, kind prefix (`aws.ec2`) or family (`vm`)' }),
  targetKind: repeated(kindText).openapi({ description: 'Repeatable: target kind, kind prefix or family' }),
  q: z.string().max(200).optional().openapi({ description: 'Text in the title, entry or target name or id' }),
  sort: z.enum(PATH_SORTS).default('risk'),
  order: z.enum(['asc', 'desc']).optional().openapi({ description: 'Default: desc for risk, count and length; asc for names' }),
  groupBy: z.enum(PATH_GROUPS).optional().openapi({ description: 'Adds `groups` and orders the items group by group' }),
})

const ListResponseSchema = pageSchema(PathSummarySchema)
  .extend({
    snapshot: SnapshotRefSchema,
    groups: list(PathGroupSchema).nullable(),
    facets: PathFacetsSchema,
  })
  .openapi('AttackPathPage')

const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'ap-75ef1e9fa9cca2ba' }),
})

const listRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/',
  summary: 'Attack paths: filter, search, group, sort and page',
  description: 'Role: viewer. One item per (entry, target) group; `count` is how many paths the group holds.',
  request: { query: ListQuerySchema },
  responses: {
    200: { description: 'A page of attack paths', content: { 'application/json': { schema: ListResponseSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const ChokeQuerySchema = SnapshotQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(50).default(10),
})

const chokeRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/choke-points',
  summary: 'Nodes and moves whose removal breaks the most paths, and recommendations by paths they break',
  description: 'Role: viewer. Each candidate is measured by a what-if; the first call on a snapshot searches its graph again.',
  request: { query: ChokeQuerySchema },
  responses: {
    200: {
      description: 'Choke points, most paths broken first',
      content: {
        'application/json': {
          schema: z
            .object({ snapshot: SnapshotRefSchema, paths: z.number().int(), chokePoints: list(ChokePointSchema), recommendations: list(RecommendationImpactSchema) })
            .openapi('ChokePoints'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const whatIfRoute = createRoute({
  ...viewer,
  method: 'post',
  path: '/what-if',
  summary: 'Remove nodes or connections, or apply fixes, and list the paths that disappear',
  description: 'Role: viewer (computes only; nothing is changed). Ids that match nothing come back in `unmatched`.',
  request: { query: SnapshotQuerySchema, body: { required: true, content: { 'application/json': { schema: WhatIfRequestSchema } } } },
  responses: {
    200: {
      description: 'Paths broken by the change',
      content: {
        'application/json': {
          schema: z
            .object({
              snapshot: SnapshotRefSchema,
              before: z.number().int(),
              remaining: z.number().int(),
              broken: list(PathSummarySchema),
              unmatched: list(z.string()),
            })
            .openapi('WhatIfResult'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404, 413, 429),
  },
})

const DiffQuerySchema = z.object({
  from: z.string().min(1).max(200).optional().openapi({ description: 'Older snapshot id (default: the one before `to`)' }),
  to: z.string().min(1).max(200).default('latest').openapi({ description: 'Newer snapshot id, or `latest`' }),
})

const diffRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/diff',
  summary: 'New, resolved and changed attack paths between two snapshots',
  description: 'Role: viewer. Paths are matched by their stable id (entry and target).',
  request: { query: DiffQuerySchema },
  responses: {
    200: {
      description: 'The difference',
      content: {
        'application/json': {
          schema: z
            .object({
              from: z.string(),
              to: z.string(),
              new: list(PathSummarySchema),
              resolved: list(PathSummarySchema),
              changed: list(PathChangeSchema),
              unchanged: z.number().int(),
            })
            .openapi('AttackPathDiff'),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const showRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/{id}',
  summary: 'One attack path: steps with MITRE and evidence, its graph, per-node insights and recommendations',
  description: 'Role: viewer.',
  request: { params: IdParam, query: SnapshotQuerySchema },
  responses: {
    200: {
      description: 'The path',
      content: { 'application/json': { schema: z.object({ snapshot: SnapshotRefSchema, path: PathDetailSchema }).openapi('AttackPathResponse') } },
    },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

export function attackPathRoutes(deps: ServerDeps) {
  return newRouter()
    .openapi(listRoute, async (c) => {
      const query = c.req.valid('query')
      const window = pageWindow(query)
      const loaded = await deps.graphs.get(window.snapshot ?? query.snapshot)
      const data = await pathDataOf(deps.store, loaded)
      const defaultOrder = query.sort === 'risk' || query.sort === 'count' || query.sort === 'length' ? 'desc' : 'asc'
      const order = query.order ?? defaultOrder
      const key = JSON.stringify([query.risk, query.category, query.provider, query.entryKind, query.targetKind, query.q ?? '', query.sort, order, query.groupBy ?? ''])
      const { sorted, groups } = data.memo(key, () => {
        const matched = filterPaths(data.paths, query)
        const compare = comparePathsBy(query.sort, order)
        const grouped = query.groupBy === undefined ? null : groupPaths(matched, query.groupBy)
        return {
          sorted: grouped === null || query.groupBy === undefined ? matched.sort(compare) : sortGrouped(matched, grouped, query.groupBy, compare),
          groups: grouped,
        }
      })
      return c.json(
        {
          snapshot: snapshotRef(loaded),
          total: sorted.length,
          offset: window.offset,
          limit: window.limit,
          items: sorted.slice(window.offset, window.offset + window.limit).map(pathSummary),
          nextCursor: nextCursor(window, sorted.length, loaded.id),
          groups,
          facets: data.facets(),
        },
        200,
      )
    })
    .openapi(chokeRoute, async (c) => {
      const query = c.req.valid('query')
      const loaded = await deps.graphs.get(query.snapshot)
      const data = await pathDataOf(deps.store, loaded)
      const nameOf = (id: string): string => {
        const v = loaded.graph.indexOf(id)
        return v === undefined ? id : loaded.graph.nodeName(v)
      }
      const points = data.chokePoints(query.limit).map((p) => ({
        kind: p.kind,
        id: p.id,
        name: p.name,
        attackEdge: p.attackEdge ?? null,
        from: p.from ?? null,
        to: p.to ?? null,
        onPaths: p.onPaths,
        breaks: p.breaks,
        brokenPathIds: p.brokenPathIds,
      }))
      const recommendations = data.recommendationImpact()
        .slice(0, query.limit)
        .map((r) => ({ ...r, title: ruleTitle(r.ruleId), nodeName: nameOf(r.nodeId) }))
      return c.json({ snapshot: snapshotRef(loaded), paths: data.paths.length, chokePoints: points, recommendations }, 200)
    })
    .openapi(whatIfRoute, async (c) => {
      const query = c.req.valid('query')
      const change = c.req.valid('json')
      const loaded = await deps.graphs.get(query.snapshot)
      const data = await pathDataOf(deps.store, loaded)
      const result = whatIf(data.analysis(), change)
      return c.json(
        {
          snapshot: snapshotRef(loaded),
          before: result.before,
          remaining: result.remaining,
          broken: result.broken.map(pathSummary),
          unmatched: result.unmatched,
        },
        200,
      )
    })
    .openapi(diffRoute, async (c) => {
      const query = c.req.valid('query')
      const to = query.to === 'latest' ? (await deps.graphs.get('latest')).id : query.to
      if ((await deps.store.getSnapshot(to)) === undefined) {
        throw new ApiProblem('HTTP_NOT_FOUND', `no snapshot ${to} in the store`, { hint: 'GET /api/v1/snapshots lists the ids' })
      }
      let from = query.from
      if (from === undefined) {
        const all = await deps.store.listSnapshots()
        const at = all.findIndex((s) => s.id === to)
        from = at < 0 ? undefined : all[at + 1]?.id
        if (from === undefined) {
          throw new ApiProblem('HTTP_NOT_FOUND', `snapshot ${to} has no older snapshot to compare with`, {
            hint: 'Scan again to have two snapshots, or pass `from` explicitly.',
          })
        }
      } else if ((await deps.store.getSnapshot(from)) === undefined) {
        throw new ApiProblem('HTTP_NOT_FOUND', `no snapshot ${from} in the store`, { hint: 'GET /api/v1/snapshots lists the ids' })
      }
      const [before, after] = await Promise.all([storedPaths(deps.store, from), storedPaths(deps.store, to)])
      const diff = diffPaths(before, after)
      return c.json(
        {
          from,
          to,
          new: diff.new.map(pathSummary),
          resolved: diff.resolved.map(pathSummary),
          changed: diff.changed.map((change) => ({ ...change })),
          unchanged: diff.unchanged,
        },
        200,
      )
    })
    .openapi(showRoute, async (c) => {
      const { id } = c.req.valid('param')
      const query = c.req.valid('query')
      const loaded = await deps.graphs.get(query.snapshot)
      const data = await pathDataOf(deps.store, loaded)
      const path = data.byId.get(id)
      if (path === undefined) {
        throw new ApiProblem('HTTP_NOT_FOUND', `no attack path ${id} in snapshot ${loaded.id}`, {
          hint: 'GET /api/v1/attack-paths lists the ids of this snapshot; ids are stable for the same entry and target.',
        })
      }
      return c.json({ snapshot: snapshotRef(loaded), path: pathDetail(path, loaded.graph, data) }, 200)
    })
}
