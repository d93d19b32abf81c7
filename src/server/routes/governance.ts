/**
 * @module `/governance`: rules (viewer lists, admin applies), tasks with filters and paging (viewer), ETA
 * (analyst), due-date moves and sync (admin), the report (viewer, JSON or CSV). Writes are audited by the
 * audit middleware; the engine is src/governance, the same the CLI runs.
 */
import { createRoute, z } from '@hono/zod-openapi'
import { governanceReport, governanceReportCsv } from '../../governance/governance-report.js'
import { timeframeDays } from '../../governance/governance-rule.js'
import { applyGovernanceRulesText, moveTaskDueDate, removeGovernanceRule, setTaskEta, storedGovernanceRules, syncGovernance, tasksAt } from '../../governance/governance-service.js'
import { TASK_STATUSES } from '../../model/governance.js'
import { SEVERITIES } from '../../model/vocabulary.js'
import type { Principal } from '../app-env.js'
import { requireRole } from '../middleware/authenticate.js'
import { decodeCursor, encodeCursor } from '../paging.js'
import { ApiProblem } from '../problem.js'
import { JsonValueSchema, PagingQuerySchema, list, pageSchema, problemResponses, repeated } from '../schemas/common.js'
import { GovernanceReportSchema, GovernanceRuleSchema, SyncResultSchema, TaskChangeSchema, TaskSchema } from '../schemas/governance.js'
import type { ServerDeps } from '../server-deps.js'
import { BEARER_SECURITY, newRouter } from './router.js'

const tags = ['governance']
const TASK_ID = z.string().min(1).max(2000).openapi({ description: 'Task id (the finding id)' })
const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')

const listRules = createRoute({
  tags,
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  method: 'get',
  path: '/rules',
  summary: 'Governance rules by priority',
  description: 'Role: viewer.',
  responses: {
    200: { description: 'Rules', content: { 'application/json': { schema: z.object({ items: list(GovernanceRuleSchema) }).openapi('GovernanceRuleList') } } },
    ...problemResponses(401, 403, 429),
  },
})

const applyRules = createRoute({
  tags,
  middleware: [requireRole('admin')],
  security: BEARER_SECURITY,
  method: 'post',
  path: '/rules',
  summary: 'Validate and store governance rules (the rules-file shape), then sync the tasks',
  description:
    'Role: admin. Audited. Body: `{ "rules": [...] }` as in a rules file (docs/governance.md); `owner.mappingFile` is refused (use `owner.mapping`). ' +
    'Nothing is stored when any rule is invalid or a priority clashes with a stored rule of the same scope.',
  request: { body: { required: true, content: { 'application/json': { schema: z.object({ rules: z.array(JsonValueSchema) }).openapi('GovernanceRulesInput') } } } },
  responses: {
    200: { description: 'Stored', content: { 'application/json': { schema: z.object({ rules: list(z.string()), sync: SyncResultSchema.nullable() }) } } },
    ...problemResponses(400, 401, 403, 413, 429),
  },
})

const removeRule = createRoute({
  tags,
  middleware: [requireRole('admin')],
  security: BEARER_SECURITY,
  method: 'delete',
  path: '/rules/{id}',
  summary: 'Delete a governance rule (its tasks stay)',
  description: 'Role: admin. Audited.',
  request: { params: z.object({ id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' } }) }) },
  responses: { 204: { description: 'Deleted' }, ...problemResponses(400, 401, 403, 404, 429) },
})

const TaskQuery = PagingQuerySchema.extend({
  status: repeated(z.enum(TASK_STATUSES)).openapi({ description: 'Status as of now (repeatable)' }),
  owner: repeated(z.string().max(320)).openapi({ description: 'Owner (repeatable); `-` = unassigned' }),
  rule: repeated(z.string().max(200)).openapi({ description: 'Governance rule id (repeatable)' }),
  severity: repeated(z.enum(SEVERITIES)),
  scope: repeated(z.string().max(400)),
  q: z.string().max(200).optional().openapi({ description: 'Substring of the resource name, rule id or title' }),
  finding: repeated(z.string().max(2000)).openapi({ description: 'Task (finding) id (repeatable): the tasks of these findings' }),
})

const listTasks = createRoute({
  tags,
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  method: 'get',
  path: '/tasks',
  summary: 'Remediation tasks with their status now: overdue first, then by due date',
  description: 'Role: viewer. `counts` are by status over the other filters.',
  request: { query: TaskQuery },
  responses: {
    200: {
      description: 'A page of tasks',
      content: { 'application/json': { schema: pageSchema(TaskSchema).extend({ at: z.string(), counts: z.record(z.string(), z.number().int()) }).openapi('GovernanceTaskPage') } },
    },
    ...problemResponses(400, 401, 403, 429),
  },
})

const taskDetail = createRoute({
  tags,
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  method: 'get',
  path: '/task',
  summary: 'One task with its history (who, when, what, why)',
  description: 'Role: viewer. The id is a query parameter: finding ids contain `/` and `|`.',
  request: { query: z.object({ id: TASK_ID }) },
  responses: {
    200: { description: 'Task', content: { 'application/json': { schema: z.object({ task: TaskSchema, history: list(TaskChangeSchema) }).openapi('GovernanceTaskDetail') } } },
    ...problemResponses(400, 401, 403, 404, 429),
  },
})

const setEta = createRoute({
  tags,
  middleware: [requireRole('analyst')],
  security: BEARER_SECURITY,
  method: 'post',
  path: '/task/eta',
  summary: "Set a task's ETA with a justification (the due date does not move)",
  description: 'Role: analyst. Audited.',
  request: { body: { required: true, content: { 'application/json': { schema: z.object({ id: TASK_ID, date: DATE, justification: z.string().trim().min(1).max(2000) }) } } } },
  responses: { 200: { description: 'Updated', content: { 'application/json': { schema: z.object({ task: TaskSchema }) } } }, ...problemResponses(400, 401, 403, 404, 413, 429) },
})

const moveDueDate = createRoute({
  tags,
  middleware: [requireRole('admin')],
  security: BEARER_SECURITY,
  method: 'post',
  path: '/task/due-date',
  summary: "Move a task's due date, with a reason",
  description: 'Role: admin. Audited.',
  request: { body: { required: true, content: { 'application/json': { schema: z.object({ id: TASK_ID, date: DATE, reason: z.string().trim().min(1).max(2000) }) } } } },
  responses: { 200: { description: 'Updated', content: { 'application/json': { schema: z.object({ task: TaskSchema }) } } }, ...problemResponses(400, 401, 403, 404, 413, 429) },
})

const sync = createRoute({
  tags,
  middleware: [requireRole('admin')],
  security: BEARER_SECURITY,
  method: 'post',
  path: '/sync',
  summary: 'Re-evaluate the tasks against the latest snapshot',
  description: 'Role: admin. Audited.',
  responses: { 200: { description: 'Synced', content: { 'application/json': { schema: SyncResultSchema } } }, ...problemResponses(401, 403, 404, 429) },
})

const report = createRoute({
  tags,
  middleware: [requireRole('viewer')],
  security: BEARER_SECURITY,
  method: 'get',
  path: '/report',
  summary: 'Tasks by owner, governance rule and scope; mean time to remediate',
  description: 'Role: viewer. `format=csv` returns text/csv.',
  request: { query: z.object({ format: z.enum(['json', 'csv']).default('json') }) },
  responses: {
    200: { description: 'Report', content: { 'application/json': { schema: GovernanceReportSchema }, 'text/csv': { schema: z.string() } } },
    ...problemResponses(400, 401, 403, 429),
  },
})

function who(principal: Principal | undefined): string {
  if (principal === undefined || principal.kind === 'local') return 'local user'
  return `${principal.name} (token ${principal.tokenId})`
}

const SORT = { overdue: 0, 'on-time': 1, unassigned: 2, completed: 3 } as const

/** 404 for an unknown task id (the service's own checks then cover completed tasks and bad input). */
async function taskOr404<T>(store: ServerDeps['store'], id: string, work: () => Promise<T>): Promise<T> {
  if ((await store.governance.getTask(id)) === undefined) throw new ApiProblem('HTTP_NOT_FOUND', `no governance task ${id}`, { hint: 'GET /api/v1/governance/tasks lists the ids' })
  return work()
}

export function governanceRoutes(deps: ServerDeps, now: () => Date = () => new Date()) {
  const store = deps.store
  return newRouter()
    .openapi(listRules, async (c) => {
      const records = await store.governance.listRules()
      const rules = await storedGovernanceRules(store)
      const items = rules.map((rule, i) => ({ ...rule, timeframeDays: timeframeDays(rule), source: records[i]!.source, updatedAt: records[i]!.updatedAt }))
      return c.json({ items: JSON.parse(JSON.stringify(items)) as Record<string, never>[] }, 200)
    })
    .openapi(applyRules, async (c) => {
      const body = c.req.valid('json')
      const at = now()
      const source = `api: ${who(c.get('principal'))}`
      const applied = await applyGovernanceRulesText(store, JSON.stringify(body), source, { now: at })
      const synced = (await store.latestSnapshotId()) === undefined ? null : await syncGovernance(store, { now: at, actor: who(c.get('principal')) })
      return c.json({ rules: applied.map((r) => r.rule.id), sync: synced }, 200)
    })
    .openapi(removeRule, async (c) => {
      const { id } = c.req.valid('param')
      if (!(await removeGovernanceRule(store, id))) throw new ApiProblem('HTTP_NOT_FOUND', `no governance rule ${id}`, { hint: 'GET /api/v1/governance/rules lists the ids' })
      return c.body(null, 204)
    })
    .openapi(listTasks, async (c) => {
      const q = c.req.valid('query')
      const at = now()
      const owners = new Set(q.owner)
      const findings = new Set(q.finding)
      const needle = q.q?.toLowerCase()
      const filtered = (await tasksAt(store, at)).filter(
        (t) =>
          (owners.size === 0 || owners.has(t.owner ?? '-')) &&
          (findings.size === 0 || findings.has(t.id)) &&
          (q.rule.length === 0 || (t.governanceRuleId !== null && q.rule.includes(t.governanceRuleId))) &&
          (q.severity.length === 0 || q.severity.includes(t.finding.severity)) &&
          (q.scope.length === 0 || q.scope.includes(t.resource.scope)) &&
          (needle === undefined || `${t.resource.name}\u0000${t.finding.ruleId}\u0000${t.finding.title}`.toLowerCase().includes(needle)),
      )
      const counts: Record<string, number> = Object.fromEntries(TASK_STATUSES.map((s) => [s, 0]))
      for (const t of filtered) counts[t.status] = (counts[t.status] ?? 0) + 1
      const matching = filtered
        .filter((t) => q.status.length === 0 || q.status.includes(t.status))
        .sort((a, b) => SORT[a.status] - SORT[b.status] || (a.dueDate ?? '9').localeCompare(b.dueDate ?? '9') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      const offset = q.cursor === undefined ? (q.offset ?? 0) : decodeCursor(q.cursor).o
      const items = matching.slice(offset, offset + q.limit)
      const next = offset + items.length
      return c.json({ at: at.toISOString(), total: matching.length, offset, limit: q.limit, items, nextCursor: next < matching.length ? encodeCursor(next) : null, counts }, 200)
    })
    .openapi(taskDetail, async (c) => {
      const { id } = c.req.valid('query')
      const task = (await tasksAt(store, now())).find((t) => t.id === id)
      if (task === undefined) throw new ApiProblem('HTTP_NOT_FOUND', `no governance task ${id}`, { hint: 'GET /api/v1/governance/tasks lists the ids' })
      return c.json({ task, history: await store.governance.listChanges(id) }, 200)
    })
    .openapi(setEta, async (c) => {
      const body = c.req.valid('json')
      const task = await taskOr404(store, body.id, () => setTaskEta(store, body.id, { date: body.date, text: body.justification, actor: who(c.get('principal')), now: now() }))
      return c.json({ task }, 200)
    })
    .openapi(moveDueDate, async (c) => {
      const body = c.req.valid('json')
      const task = await taskOr404(store, body.id, () => moveTaskDueDate(store, body.id, { date: body.date, text: body.reason, actor: who(c.get('principal')), now: now() }))
      return c.json({ task }, 200)
    })
    .openapi(sync, async (c) => c.json(await syncGovernance(store, { now: now(), actor: who(c.get('principal')) }), 200))
    .openapi(report, async (c) => {
      const result = governanceReport(await store.governance.listTasks(), now())
      if (c.req.valid('query').format === 'csv') return c.body(governanceReportCsv(result), 200, { 'Content-Type': 'text/csv; charset=utf-8' })
      return c.json(result, 200)
    })
}
