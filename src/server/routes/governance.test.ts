/** API tests of `/governance` on a real SQLite store (the small estate): roles, validation, paging, edits, report. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GovernanceTask } from '../../model/governance.js'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'

const RULES = {
  rules: [
    { id: 'everything', name: 'Everything to the platform team', priority: 10, owner: { tag: 'owner', email: 'platform@x.example' }, timeframe: 30, gracePeriod: true },
  ],
}

const seeded = (n: number, overrides: Partial<GovernanceTask> = {}): GovernanceTask => ({
  id: `aws-s3-bucket-default-encryption|arn:aws:s3:::seeded-${n}`,
  status: 'on-time',
  owner: 'data@x.example',
  dueDate: '2099-01-31',
  eta: null,
  finding: { id: `aws-s3-bucket-default-encryption|arn:aws:s3:::seeded-${n}`, ruleId: 'aws-s3-bucket-default-encryption', title: 'Buckets are encrypted', severity: 'high', risk: 'high' },
  resource: { id: `arn:aws:s3:::seeded-${n}`, name: `seeded-${n}`, kind: 'aws.s3.bucket', scope: 'aws://accounts/999999999999' },
  governanceRuleId: 'seeded',
  gracePeriod: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  completedAt: null,
  ...overrides,
})

interface TaskPage {
  total: number
  items: GovernanceTask[]
  nextCursor: string | null
  counts: Record<string, number>
}

describe('governance API', () => {
  let h: Harness

  beforeAll(async () => {
    h = await openHarness()
  })
  afterAll(async () => {
    await h.close()
  })

  it('admins apply rules (viewers and analysts may not); the rules list shows them; a bad rule stores nothing', async () => {
    await expectProblem(await h.request('/api/v1/governance/rules', { method: 'POST', as: 'analyst', json: RULES }), 403)
    const applied = await h.json<{ rules: string[]; sync: { snapshot: string } | null }>('/api/v1/governance/rules', { method: 'POST', as: 'admin', json: RULES })
    expect(applied.rules).toStrictEqual(['everything'])
    expect(applied.sync?.snapshot).toBe('snap-1')
    const listed = await h.json<{ items: { id: string; timeframeDays: number; source: string }[] }>('/api/v1/governance/rules')
    expect(listed.items.map((r) => [r.id, r.timeframeDays])).toStrictEqual([['everything', 30]])
    expect(listed.items[0]!.source).toMatch(/^api: admin token/)

    const clash = { rules: [{ ...RULES.rules[0], id: 'other' }] }
    const problem = await expectProblem(await h.request('/api/v1/governance/rules', { method: 'POST', as: 'admin', json: clash }), 400)
    expect(problem.detail).toMatch(/\[0\]\.priority: priority 10 is already used by rule everything/)
    const fileRef = { rules: [{ ...RULES.rules[0], id: 'mapped', priority: 11, owner: { mappingFile: '/etc/passwd' } }] }
    expect((await expectProblem(await h.request('/api/v1/governance/rules', { method: 'POST', as: 'admin', json: fileRef }), 400)).detail).toMatch(/owner\.mappingFile: mappingFile is only read from rules files/)
    expect((await h.json<{ items: unknown[] }>('/api/v1/governance/rules')).items).toHaveLength(1)

    await h.json('/api/v1/governance/rules', { method: 'POST', as: 'admin', json: { rules: [{ ...RULES.rules[0], id: 'temporary', priority: 99 }] } })
    await expectProblem(await h.request('/api/v1/governance/rules/temporary', { method: 'DELETE', as: 'analyst' }), 403)
    expect((await h.request('/api/v1/governance/rules/temporary', { method: 'DELETE', as: 'admin' })).status).toBe(204)
    await expectProblem(await h.request('/api/v1/governance/rules/temporary', { method: 'DELETE', as: 'admin' }), 404)
    expect((await h.json<{ items: { id: string }[] }>('/api/v1/governance/rules')).items.map((r) => r.id)).toStrictEqual(['everything'])
  })

  it('lists tasks with filters, counts and cursor paging', async () => {
    await h.store.governance.saveTasks([seeded(1), seeded(2, { dueDate: '2026-01-15' }), seeded(3, { owner: null, dueDate: null, status: 'unassigned' })], [])
    const all = await h.json<TaskPage>('/api/v1/governance/tasks?limit=500')
    expect(all.total).toBeGreaterThanOrEqual(3)
    expect(all.items[0]!.status).toBe('overdue')
    const data = await h.json<TaskPage>('/api/v1/governance/tasks?owner=data@x.example&limit=1')
    expect(data.total).toBe(2)
    expect(data.counts).toMatchObject({ overdue: 1, 'on-time': 1, unassigned: 0, completed: 0 })
    expect(data.items[0]!.resource.name).toBe('seeded-2')
    const next = await h.json<TaskPage>(`/api/v1/governance/tasks?owner=data@x.example&limit=1&cursor=${data.nextCursor!}`)
    expect(next.items.map((t) => t.resource.name)).toStrictEqual(['seeded-1'])
    expect(next.nextCursor).toBeNull()
    const unassigned = await h.json<TaskPage>('/api/v1/governance/tasks?owner=-&q=seeded')
    expect(unassigned.items.map((t) => t.resource.name)).toStrictEqual(['seeded-3'])
    const byFinding = await h.json<TaskPage>(`/api/v1/governance/tasks?finding=${encodeURIComponent(seeded(2).id)}&finding=${encodeURIComponent(seeded(3).id)}&status=overdue&status=unassigned`)
    expect(byFinding.items.map((t) => t.resource.name)).toStrictEqual(['seeded-2', 'seeded-3'])
    await expectProblem(await h.request('/api/v1/governance/tasks?status=late'), 400)
  })

  it('analysts set an ETA with a justification; only admins move a due date; history records both', async () => {
    const id = seeded(1).id
    await expectProblem(await h.request('/api/v1/governance/task/eta', { method: 'POST', as: 'viewer', json: { id, date: '2099-01-20', justification: 'x' } }), 403)
    await expectProblem(await h.request('/api/v1/governance/task/eta', { method: 'POST', as: 'analyst', json: { id, date: '2099-01-20', justification: ' ' } }), 400)
    const eta = await h.json<{ task: GovernanceTask }>('/api/v1/governance/task/eta', { method: 'POST', as: 'analyst', json: { id, date: '2099-01-20', justification: 'vendor patch first' } })
    expect(eta.task).toMatchObject({ dueDate: '2099-01-31', eta: { date: '2099-01-20', justification: 'vendor patch first' } })
    await expectProblem(await h.request('/api/v1/governance/task/due-date', { method: 'POST', as: 'analyst', json: { id, date: '2099-02-28', reason: 'r' } }), 403)
    const moved = await h.json<{ task: GovernanceTask }>('/api/v1/governance/task/due-date', { method: 'POST', as: 'admin', json: { id, date: '2099-02-28', reason: 'change freeze' } })
    expect(moved.task.dueDate).toBe('2099-02-28')
    await expectProblem(await h.request('/api/v1/governance/task/due-date', { method: 'POST', as: 'admin', json: { id: 'no|such', date: '2099-02-28', reason: 'r' } }), 404)
    const detail = await h.json<{ task: GovernanceTask; history: { field: string; reason: string | null; actor: string }[] }>(`/api/v1/governance/task?id=${encodeURIComponent(id)}`)
    expect(detail.history.map((c) => [c.field, c.reason])).toStrictEqual([['eta', 'vendor patch first'], ['dueDate', 'change freeze']])
    expect(detail.history[1]!.actor).toMatch(/^admin token/)
  })

  it('reports by owner, rule and scope as JSON and CSV', async () => {
    const report = await h.json<{ owners: { owner: string | null; open: number; overdue: number }[]; rules: unknown[]; scopes: { scope: string }[] }>('/api/v1/governance/report')
    expect(report.owners.find((o) => o.owner === 'data@x.example')).toMatchObject({ open: 2, overdue: 1 })
    expect(report.scopes.some((s) => s.scope === 'aws://accounts/999999999999')).toBe(true)
    const csv = await h.request('/api/v1/governance/report?format=csv')
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^dimension,key,open,/)
  })
})
