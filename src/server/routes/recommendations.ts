/**
 * @module `/recommendations`: rules with findings grouped by security control with their secure score
 * impact, the unhealthy resources ranked by risk, and one recommendation with its affected resources.
 */
import { createRoute, z } from '@hono/zod-openapi'
import type { Finding } from '../../model/finding.js'
import type { Severity } from '../../model/vocabulary.js'
import { controlTitle, findingView, recommendationView } from '../finding-view.js'
import { requireRole } from '../middleware/authenticate.js'
import { nextCursor, pageWindow } from '../paging.js'
import { ApiProblem } from '../problem.js'
import { postureSourceOf, riskOf } from '../posture-index.js'
import type { PostureIndex } from '../posture-index.js'
import { PagingQuerySchema, SnapshotQuerySchema, problemResponses, repeated } from '../schemas/common.js'
import { ProviderSchema } from '../schemas/graph.js'
import {
  RecommendationDetailSchema,
  RecommendationsSchema,
  ResourceFindingsPageSchema,
  SeveritySchema,
  StatusFilterSchema,
} from '../schemas/posture.js'
import type { ServerDeps } from '../server-deps.js'
import { FindingFilterQuerySchema, findingFilterOf, ofOwners } from './findings.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { snapshotRef } from './snapshot-ref.js'

const RECOMMENDATION_STATES = ['unhealthy', 'healthy', 'exempted', 'not-applicable'] as const
type RecommendationState = (typeof RECOMMENDATION_STATES)[number]

const ListQuerySchema = SnapshotQuerySchema.extend({
  provider: repeated(ProviderSchema),
  severity: repeated(SeveritySchema),
  risk: repeated(SeveritySchema).openapi({ description: 'Highest risk among the unhealthy findings' }),
  control: repeated(z.string().min(1).max(100)),
  state: repeated(z.enum(RECOMMENDATION_STATES)).openapi({
    description: 'unhealthy: some resource fails; healthy: evaluated, none fails; exempted: some finding exempted; not-applicable: nothing evaluated. Default: unhealthy',
  }),
  q: z.string().max(200).optional().openapi({ description: 'Substring of the rule id or title' }),
  owner: repeated(z.string().min(1).max(320)).openapi({
    description: 'Only recommendations with an unhealthy finding whose governance task one of these owners (email or team) owns',
  }),
})

const RANK: Readonly<Record<Severity, number>> = { critical: 3, high: 2, medium: 1, low: 0 }

const view = { middleware: [requireRole('viewer')], security: BEARER_SECURITY, tags: ['recommendations'] }

const list = createRoute({
  ...view,
  method: 'get',
  path: '/',
  summary: 'Recommendations by security control, with the score points each would add',
  description: 'Role: viewer. Controls by potential increase; recommendations by potential increase, then risk, then unhealthy count.',
  request: { query: ListQuerySchema },
  responses: {
    200: { description: 'Controls with their recommendations', content: { 'application/json': { schema: RecommendationsSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const byResource = createRoute({
  ...view,
  method: 'get',
  path: '/resources',
  summary: 'Unhealthy resources with the recommendations they fail, highest risk first',
  description: 'Role: viewer. Takes the findings filters (default: unhealthy, not exempted).',
  request: { query: SnapshotQuerySchema.extend(PagingQuerySchema.shape).extend(FindingFilterQuerySchema.shape) },
  responses: {
    200: { description: 'A page of resources', content: { 'application/json': { schema: ResourceFindingsPageSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const detail = createRoute({
  ...view,
  method: 'get',
  path: '/{ruleId}',
  summary: 'One recommendation: rule, remediation, score impact, and a page of its affected resources',
  description: 'Role: viewer. `status` picks the tab: unhealthy (default), healthy, not-applicable or exempted.',
  request: {
    params: z.object({ ruleId: z.string().min(1).max(200).openapi({ param: { name: 'ruleId', in: 'path' } }) }),
    query: SnapshotQuerySchema.extend(PagingQuerySchema.shape).extend({ status: StatusFilterSchema.default('unhealthy') }),
  },
  responses: {
    200: { description: 'The recommendation', content: { 'application/json': { schema: RecommendationDetailSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

function stateMatches(states: readonly RecommendationState[], tally: { unhealthy: number; healthy: number; exempted: number }): boolean {
  const wanted = states.length === 0 ? ['unhealthy'] : states
  return wanted.some((s) =>
    s === 'unhealthy' ? tally.unhealthy > 0 : s === 'healthy' ? tally.unhealthy === 0 && tally.healthy > 0 : s === 'exempted' ? tally.exempted > 0 : tally.unhealthy + tally.healthy + tally.exempted === 0,
  )
}

function recommendations(index: PostureIndex, query: z.infer<typeof ListQuerySchema>, ownedRules: ReadonlySet<string> | undefined) {
  const impact = new Map(index.report.recommendations.map((r) => [r.ruleId, r.potentialIncrease]))
  const needle = query.q?.toLowerCase()
  const byControl = new Map<string, ReturnType<typeof recommendationView>[]>()
  let total = 0
  for (const [ruleId, tally] of index.tallies) {
    const rule = index.rules.get(ruleId)
    if (rule === undefined) continue
    if (query.provider.length > 0 && (rule.provider === undefined || !query.provider.includes(rule.provider))) continue
    if (query.severity.length > 0 && !query.severity.includes(rule.severity)) continue
    if (query.risk.length > 0 && (tally.maxRisk === undefined || !query.risk.includes(tally.maxRisk))) continue
    if (query.control.length > 0 && !query.control.includes(rule.control)) continue
    if (needle !== undefined && !rule.id.toLowerCase().includes(needle) && !rule.title.toLowerCase().includes(needle)) continue
    if (!stateMatches(query.state, tally)) continue
    if (ownedRules !== undefined && !ownedRules.has(ruleId)) continue
    const entry = recommendationView(rule, tally, impact.get(ruleId) ?? 0)
    const group = byControl.get(rule.control)
    if (group === undefined) byControl.set(rule.control, [entry])
    else group.push(entry)
    total++
  }
  const controlScores = new Map(index.report.controls.map((c) => [c.id, c]))
  const controls = [...byControl].map(([id, items]) => {
    const score = controlScores.get(id)
    items.sort(
      (a, b) =>
        b.potentialIncrease - a.potentialIncrease ||
        (b.risk === null ? -1 : RANK[b.risk]) - (a.risk === null ? -1 : RANK[a.risk]) ||
        b.tally.unhealthy - a.tally.unhealthy ||
        (a.id < b.id ? -1 : 1),
    )
    return {
      id,
      title: controlTitle(id),
      max: score?.max ?? 0,
      current: score?.current ?? 0,
      potentialIncrease: score?.potentialIncrease ?? 0,
      healthy: score?.healthy ?? 0,
      unhealthy: score?.unhealthy ?? 0,
      notApplicable: score?.notApplicable ?? 0,
      recommendations: items,
    }
  })
  controls.sort((a, b) => b.potentialIncrease - a.potentialIncrease || b.unhealthy - a.unhealthy || (a.id < b.id ? -1 : 1))
  return { total, controls }
}

interface ResourceGroup {
  readonly nodeId: string
  readonly findings: Finding[]
  risk: Severity
}

/** Resources of the matched findings in first-seen order (the findings are ranked by risk already). */
const resourceCache = new WeakMap<readonly Finding[], ResourceGroup[]>()
function resourcesOf(findings: readonly Finding[]): ResourceGroup[] {
  const cached = resourceCache.get(findings)
  if (cached !== undefined) return cached
  const groups = new Map<string, ResourceGroup>()
  for (const f of findings) {
    const risk = f.status === 'unhealthy' ? riskOf(f) : f.severity
    const group = groups.get(f.nodeId)
    if (group === undefined) groups.set(f.nodeId, { nodeId: f.nodeId, findings: [f], risk })
    else {
      group.findings.push(f)
      if (RANK[risk] > RANK[group.risk]) group.risk = risk
    }
  }
  const out = [...groups.values()].sort((a, b) => RANK[b.risk] - RANK[a.risk] || b.findings.length - a.findings.length || (a.nodeId < b.nodeId ? -1 : 1))
  resourceCache.set(findings, out)
  return out
}

export function recommendationRoutes(deps: ServerDeps) {
  const posture = postureSourceOf(deps.store, deps.graphs)
  return newRouter()
    .openapi(list, async (c) => {
      const query = c.req.valid('query')
      const index = await posture.get(query.snapshot)
      const { report } = index
      const ownedRules = query.owner.length === 0 ? undefined : new Set((await ofOwners(deps.store, query.owner, index.unhealthy)).map((f) => f.ruleId))
      return c.json(
        {
          snapshot: snapshotRef(index.snapshot),
          score: { current: report.current, max: report.max, percentage: report.percentage },
          ...recommendations(index, query, ownedRules),
        },
        200,
      )
    })
    .openapi(byResource, async (c) => {
      const query = c.req.valid('query')
      const window = pageWindow(query)
      const index = await posture.get(window.snapshot ?? query.snapshot)
      const groups = resourcesOf(await ofOwners(deps.store, query.owner, index.filtered(findingFilterOf(query))))
      const graph = index.snapshot.graph
      const items = groups.slice(window.offset, window.offset + window.limit).map((group) => {
        const first = findingView(group.findings[0]!, index.rules, graph)
        return {
          nodeId: group.nodeId,
          name: first.name,
          kind: first.kind,
          provider: first.provider,
          scope: first.scope,
          unhealthy: group.findings.length,
          risk: group.risk,
          rules: group.findings.slice(0, 20).map((f) => ({ id: f.ruleId, title: index.rules.get(f.ruleId)?.title ?? f.ruleId, risk: f.status === 'unhealthy' ? riskOf(f) : f.severity })),
        }
      })
      return c.json(
        {
          snapshot: snapshotRef(index.snapshot),
          total: groups.length,
          offset: window.offset,
          limit: window.limit,
          items,
          nextCursor: nextCursor(window, groups.length, index.snapshot.id),
        },
        200,
      )
    })
    .openapi(detail, async (c) => {
      const { ruleId } = c.req.valid('param')
      const query = c.req.valid('query')
      const window = pageWindow(query)
      const index = await posture.get(window.snapshot ?? query.snapshot)
      const rule = index.rules.get(ruleId)
      if (rule === undefined) {
        throw new ApiProblem('HTTP_NOT_FOUND', `no rule ${ruleId}`, { hint: 'GET /api/v1/rules lists the rule ids' })
      }
      const impact = index.report.recommendations.find((r) => r.ruleId === ruleId)?.potentialIncrease ?? 0
      const matched = index.filtered({ rules: [ruleId], statuses: [query.status] })
      const graph = index.snapshot.graph
      return c.json(
        {
          snapshot: snapshotRef(index.snapshot),
          recommendation: { ...recommendationView(rule, index.tallies.get(ruleId), impact), description: rule.description, remediation: rule.remediation },
          resources: {
            status: query.status,
            total: matched.length,
            offset: window.offset,
            limit: window.limit,
            items: matched.slice(window.offset, window.offset + window.limit).map((f) => findingView(f, index.rules, graph)),
            nextCursor: nextCursor(window, matched.length, index.snapshot.id),
          },
        },
        200,
      )
    })
}
