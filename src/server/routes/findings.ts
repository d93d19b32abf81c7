/** @module `GET /findings`: findings of a snapshot, filtered, ranked by risk, paged, with counts per severity, risk and cloud. */
import { createRoute, z } from '@hono/zod-openapi'
import type { Finding } from '../../model/finding.js'
import { str } from '../../report/export-input.js'
import type { FindingFilter } from '../../report/finding-filter.js'
import type { Store } from '../../store/store.js'
import { findingView } from '../finding-view.js'
import { requireRole } from '../middleware/authenticate.js'
import { nextCursor, pageWindow } from '../paging.js'
import { postureSourceOf, riskOf } from '../posture-index.js'
import { PagingQuerySchema, SnapshotQuerySchema, problemResponses, repeated } from '../schemas/common.js'
import { ProviderSchema } from '../schemas/graph.js'
import { FindingPageSchema, SeveritySchema, StatusFilterSchema } from '../schemas/posture.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { snapshotRef } from './snapshot-ref.js'

const text = (max: number) => z.string().min(1).max(max)

/** Filters shared by the findings list, recommendations and exports. */
export const FindingFilterQuerySchema = z.object({
  provider: repeated(ProviderSchema).openapi({ description: 'Repeat for several (any matches)' }),
  severity: repeated(SeveritySchema),
  risk: repeated(SeveritySchema).openapi({ description: 'Risk level (severity raised by context)' }),
  status: repeated(StatusFilterSchema).openapi({ description: 'Default: unhealthy findings no exemption covers' }),
  rule: repeated(text(200)).openapi({ description: 'Rule (recommendation) id' }),
  control: repeated(text(100)).openapi({ description: 'Security control id, e.g. secure-management-ports' }),
  scope: repeated(text(2000)).openapi({ description: 'Account / subscription / project / cluster id, or a resource id prefix (resource group)' }),
  q: z.string().max(200).optional().openapi({ description: 'Case-insensitive substring of the resource id or name' }),
  owner: repeated(text(320)).openapi({ description: 'Owner of the governance task of the finding (email or team)' }),
})

export type FindingFilterQuery = z.infer<typeof FindingFilterQuerySchema>

export function findingFilterOf(query: FindingFilterQuery): FindingFilter & { controls: readonly string[] } {
  const some = <T>(values: readonly T[]): readonly T[] | undefined => (values.length === 0 ? undefined : values)
  const filter: FindingFilter & { controls: readonly string[] } = {
    ...(some(query.provider) === undefined ? {} : { providers: query.provider }),
    ...(some(query.severity) === undefined ? {} : { severities: query.severity }),
    ...(some(query.risk) === undefined ? {} : { risks: query.risk }),
    ...(some(query.status) === undefined ? {} : { statuses: query.status }),
    ...(some(query.rule) === undefined ? {} : { rules: query.rule }),
    ...(some(query.scope) === undefined ? {} : { scopes: query.scope }),
    ...(query.q === undefined || query.q === '' ? {} : { resource: query.q }),
    controls: query.control,
  }
  return filter
}

type Counts = { severity: Record<string, number>; risk: Record<string, number>; provider: Record<string, number> }
/** Filtered lists are cached by the index, so their counts are too (paging a list counts once). */
const countCache = new WeakMap<readonly Finding[], Counts>()

/** Findings whose governance task one of `owners` owns, or `matched` unchanged when no owner is asked for. */
export async function ofOwners(store: Store, owners: readonly string[], matched: readonly Finding[]): Promise<readonly Finding[]> {
  if (owners.length === 0) return matched
  const ids = new Set<string>()
  for (const owner of owners) for (const task of await store.governance.listTasks({ owner })) ids.add(task.id)
  return matched.filter((f) => ids.has(f.id))
}

function countsOf(findings: readonly Finding[]): Counts {
  const cached = countCache.get(findings)
  if (cached !== undefined) return cached
  const severity: Record<string, number> = {}
  const risk: Record<string, number> = {}
  const provider: Record<string, number> = {}
  for (const f of findings) {
    severity[f.severity] = (severity[f.severity] ?? 0) + 1
    if (f.status === 'unhealthy') {
      const level = riskOf(f)
      risk[level] = (risk[level] ?? 0) + 1
    }
    const p = str(f.details['provider'])
    provider[p] = (provider[p] ?? 0) + 1
  }
  const counts = { severity, risk, provider }
  countCache.set(findings, counts)
  return counts
}

const list = createRoute({
  method: 'get',
  path: '/',
  tags: ['findings'],
  summary: 'Findings of a snapshot: filter, counts, paging; highest risk first',
  description: 'Role: viewer. Exemptions in force now are applied. Order: risk level, risk score, rule, resource.',
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  request: { query: SnapshotQuerySchema.extend(PagingQuerySchema.shape).extend(FindingFilterQuerySchema.shape) },
  responses: {
    200: { description: 'A page of findings', content: { 'application/json': { schema: FindingPageSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

export function findingRoutes(deps: ServerDeps) {
  const posture = postureSourceOf(deps.store, deps.graphs)
  return newRouter().openapi(list, async (c) => {
    const query = c.req.valid('query')
    const window = pageWindow(query)
    const index = await posture.get(window.snapshot ?? query.snapshot)
    const matched = await ofOwners(deps.store, query.owner, index.filtered(findingFilterOf(query)))
    const graph = index.snapshot.graph
    return c.json(
      {
        snapshot: snapshotRef(index.snapshot),
        total: matched.length,
        offset: window.offset,
        limit: window.limit,
        items: matched.slice(window.offset, window.offset + window.limit).map((f) => findingView(f, index.rules, graph)),
        nextCursor: nextCursor(window, matched.length, index.snapshot.id),
        counts: countsOf(matched),
      },
      200,
    )
  })
}
