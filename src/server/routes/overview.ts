/**
 * @module `GET /overview`: the aggregate behind the dashboard's first screen — secure score and trend,
 * findings by severity and risk, attack paths by risk with the nodes most paths cross, open and overdue
 * governance tasks, and coverage per cloud. Everything comes from the in-memory indexes and stored records.
 */
import { createRoute } from '@hono/zod-openapi'
import type { z } from '@hono/zod-openapi'
import type { AttackPath } from '../../model/attack-path.js'
import { str } from '../../report/export-input.js'
import { ruleMap } from '../../report/posture-snapshot.js'
import { coverageOf } from '../../scan/summarize.js'
import { scoreSelector } from '../../score/compute-secure-score.js'
import { parseSelector } from '../../score/score-scopes.js'
import type { Store } from '../../store/store.js'
import { taskStatusAt } from '../../governance/task-status.js'
import { requireRole } from '../middleware/authenticate.js'
import { isExempted, postureSourceOf, riskOf } from '../posture-index.js'
import type { PostureIndex } from '../posture-index.js'
import { SnapshotQuerySchema, problemResponses } from '../schemas/common.js'
import { OverviewSchema } from '../schemas/posture.js'
import { createScorePoints } from '../score-points.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'
import { snapshotRef } from './snapshot-ref.js'

const TREND_POINTS = 30
const TOP = 5

const overview = createRoute({
  tags: ['overview'],
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  method: 'get',
  path: '/',
  summary: 'Dashboard overview: score and trend, findings, attack paths, tasks, coverage per cloud',
  description: 'Role: viewer. Choke points here are the intermediate nodes on the most stored paths (GET /attack-paths/choke-points runs the what-if search).',
  request: { query: SnapshotQuerySchema },
  responses: {
    200: { description: 'The overview', content: { 'application/json': { schema: OverviewSchema } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

type Overview = z.infer<typeof OverviewSchema>
type Counted = Overview['attackPaths']['chokePoints'][number]

function top(counts: Map<string, number>, index: PostureIndex): Counted[] {
  const graph = index.snapshot.graph
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, TOP)
    .map(([id, paths]) => {
      const i = graph.indexOf(id)
      return { id, name: i === undefined ? id : graph.nodeName(i), kind: i === undefined ? '' : graph.nodeKind(i), paths }
    })
}

function pathAggregate(paths: readonly AttackPath[], index: PostureIndex): Overview['attackPaths'] {
  const byRisk: Record<string, number> = {}
  const through = new Map<string, number>()
  const entries = new Map<string, number>()
  const targets = new Map<string, number>()
  const bump = (map: Map<string, number>, id: string) => map.set(id, (map.get(id) ?? 0) + 1)
  for (const path of paths) {
    byRisk[path.risk] = (byRisk[path.risk] ?? 0) + 1
    bump(entries, path.entry.id)
    bump(targets, path.target.id)
    const middle = new Set(path.steps.map((s) => s.to).filter((id) => id !== path.target.id && id !== path.entry.id))
    for (const id of middle) bump(through, id)
  }
  return { total: paths.length, byRisk, chokePoints: top(through, index), entryPoints: top(entries, index), targets: top(targets, index) }
}

function findingCounts(index: PostureIndex): Overview['findings'] {
  const bySeverity: Record<string, number> = {}
  const byRisk: Record<string, number> = {}
  let unhealthy = 0
  let exempted = 0
  for (const f of index.findings) {
    if (f.status !== 'unhealthy') break // unhealthy findings come first
    if (isExempted(f)) {
      exempted++
      continue
    }
    unhealthy++
    bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1
    const risk = riskOf(f)
    byRisk[risk] = (byRisk[risk] ?? 0) + 1
  }
  return { unhealthy, exempted, bySeverity, byRisk }
}

function coverage(index: PostureIndex): Overview['coverage'] {
  const graph = index.snapshot.graph
  const rows = new Map<string, { resources: number; kinds: number; unmappedKinds: number; unhealthy: number }>()
  for (const row of coverageOf(graph)) {
    const entry = rows.get(row.provider) ?? { resources: 0, kinds: 0, unmappedKinds: 0, unhealthy: 0 }
    entry.resources += row.count
    entry.kinds++
    if (!row.mapped) entry.unmappedKinds++
    rows.set(row.provider, entry)
  }
  for (const f of index.findings) {
    if (f.status !== 'unhealthy') break
    if (isExempted(f)) continue
    const entry = rows.get(str(f.details['provider']))
    if (entry !== undefined) entry.unhealthy++
  }
    return [...rows].map(([provider, row]) => {
    const score = scoreSelector(parseSelector(`provider:${provider}`, graph, index.scopeIds()), index.entries())
    return { provider, ...row, score: score.max === 0 ? null : score.percentage }
  })
}

/** How long task counts are reused (ms): reading every task (one per unhealthy finding) per request is too slow at scale. */
const TASK_TTL_MS = 10_000

async function taskCounts(store: Store, at: Date): Promise<Overview['tasks']> {
  let open = 0
  let overdue = 0
  for (const task of await store.governance.listTasks()) {
    // Stored statuses are as of the last sync; the status now follows from the due date (src/governance).
    const status = taskStatusAt(task, at)
    if (status === 'completed') continue
    open++
    if (status === 'overdue') overdue++
  }
  return { open, overdue }
}

export function overviewRoutes(deps: ServerDeps, now: () => Date = () => new Date()) {
  const posture = postureSourceOf(deps.store, deps.graphs)
  const points = createScorePoints(deps.store, ruleMap())
  const cache = new WeakMap<PostureIndex, Pick<Overview, 'findings' | 'attackPaths' | 'coverage'>>()
  let tasks: { readonly at: number; readonly counts: Overview['tasks'] } | undefined
  return newRouter().openapi(overview, async (c) => {
    const query = c.req.valid('query')
    const index = await posture.get(query.snapshot)
    let parts = cache.get(index)
    if (parts === undefined) {
      const records = await deps.store.loadRecords(index.snapshot.id, 'attack-path')
      // Stored by the scan as AttackPath JSON (src/scan/persist.ts).
      const paths = records.map((r) => r.data as unknown as AttackPath)
      parts = { findings: findingCounts(index), attackPaths: pathAggregate(paths, index), coverage: coverage(index) }
      cache.set(index, parts)
    }
    const { report } = index
    const at = now()
    if (tasks === undefined || Math.abs(at.getTime() - tasks.at) > TASK_TTL_MS) tasks = { at: at.getTime(), counts: await taskCounts(deps.store, at) }
    const trend = (await points.points(TREND_POINTS)).map((p) => ({ snapshot: p.snapshot, createdAt: p.createdAt, percentage: p.percentage }))
    return c.json(
      {
        snapshot: snapshotRef(index.snapshot),
        score: report.max === 0 ? null : { current: report.current, max: report.max, percentage: report.percentage },
        trend,
        ...parts,
        tasks: tasks.counts,
      },
      200,
    )
  })
}
