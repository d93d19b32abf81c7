/**
 * API tests of the posture routes (findings, recommendations, rules, score, exemptions, exports,
 * overview) over two scanned demo estates in a real SQLite store, through `app.request()`.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ALL_RULES } from '../../rules/index.js'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'
import { writeDemoSnapshot } from '../__fixtures__/demo-store.js'

const RANK: Record<string, number> = { critical: 3, high: 2, medium: 1, low: 0 }

interface FindingItem {
  id: string
  ruleId: string
  nodeId: string
  name: string
  provider: string
  status: string
  severity: string
  risk: string | null
  riskScore: number | null
  control: string
  exemption: { id: string; category: string } | null
}
interface FindingPage {
  total: number
  items: FindingItem[]
  nextCursor: string | null
  counts: { severity: Record<string, number>; risk: Record<string, number>; provider: Record<string, number> }
}
interface Recommendation {
  id: string
  title: string
  control: string
  severity: string
  provider: string | null
  risk: string | null
  potentialIncrease: number
  tally: { unhealthy: number; healthy: number; notApplicable: number; exempted: number }
}
interface Recommendations {
  score: { percentage: number }
  total: number
  controls: { id: string; potentialIncrease: number; recommendations: Recommendation[] }[]
}
interface Detail {
  recommendation: Recommendation & { remediation: { steps: string[] } }
  resources: { status: string; total: number; items: FindingItem[]; nextCursor: string | null }
}
interface Score {
  current: number
  max: number
  percentage: number
  controls: { id: string; max: number; current: number; potentialIncrease: number }[]
  scopes: { scope: string; kind: string }[]
  selected: { scope: string; kind: string; percentage: number; resources: number }[]
  exemptions: { active: number }
}

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0)

describe('server/routes posture', () => {
  let h: Harness
  let summary: { findings: { total: number }; attackPaths: { total: number }; secureScore: { percentage: number } | null }

  beforeAll(async () => {
    h = await openHarness({ snapshots: [] })
    await writeDemoSnapshot(h.store, { snapshotId: 'demo-old', createdAt: '2026-03-01T09:00:00.000Z', seed: 2 })
    await writeDemoSnapshot(h.store, { snapshotId: 'demo-new', createdAt: '2026-03-08T09:00:00.000Z' })
    summary = await h.json('/api/v1/snapshots/latest')
  }, 120_000)
  afterAll(() => h?.close())

  describe('GET /findings', () => {
    it('lists the unhealthy, not exempted findings highest risk first, with counts over every page', async () => {
      const page = await h.json<FindingPage>('/api/v1/findings?limit=200')
      expect(page.total).toBeGreaterThan(20)
      expect(page.total).toBe(summary.findings.total)
      expect(sum(Object.values(page.counts.risk))).toBe(page.total)
      expect(sum(Object.values(page.counts.provider))).toBe(page.total)
      expect(page.items.every((f) => f.status === 'unhealthy' && f.exemption === null && f.risk !== null)).toBe(true)
      const ranks = page.items.map((f) => RANK[f.risk!]!)
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
      expect(page.items[0]?.name).not.toBe('')
    })

    it('pages by cursor without overlap and filters by cloud, severity, control, status and text', async () => {
      const first = await h.json<FindingPage>('/api/v1/findings?limit=10')
      const second = await h.json<FindingPage>(`/api/v1/findings?limit=10&cursor=${first.nextCursor!}`)
      expect(new Set([...first.items, ...second.items].map((f) => f.id)).size).toBe(20)
      const all = await h.json<FindingPage>('/api/v1/findings?limit=500')
      const aws = await h.json<FindingPage>('/api/v1/findings?provider=aws&limit=500')
      expect(aws.total).toBe(all.counts.provider['aws'])
      expect(aws.items.every((f) => f.provider === 'aws')).toBe(true)
      const high = await h.json<FindingPage>('/api/v1/findings?severity=high&severity=critical&limit=500')
      expect(high.items.every((f) => f.severity === 'high' || f.severity === 'critical')).toBe(true)
      expect(high.total).toBe((all.counts.severity['high'] ?? 0) + (all.counts.severity['critical'] ?? 0))
      const control = all.items[0]!.control
      const byControl = await h.json<FindingPage>(`/api/v1/findings?control=${control}&limit=500`)
      const every: FindingItem[] = []
      for (let cursor: string | null = ''; cursor !== null; ) {
        const page: FindingPage = await h.json<FindingPage>(`/api/v1/findings?limit=500${cursor === '' ? '' : `&cursor=${cursor}`}`)
        every.push(...page.items)
        cursor = page.nextCursor
      }
      expect(every).toHaveLength(all.total)
      expect(byControl.total).toBe(every.filter((f) => f.control === control).length)
      const healthy = await h.json<FindingPage>('/api/v1/findings?status=healthy&limit=5')
      expect(healthy.total).toBeGreaterThan(0)
      expect(healthy.items.every((f) => f.status === 'healthy' && f.risk === null)).toBe(true)
      const name = all.items[0]!.name
      const text = await h.json<FindingPage>(`/api/v1/findings?q=${encodeURIComponent(name)}&limit=500`)
      expect(text.items.map((f) => f.id)).toContain(all.items[0]!.id)
      const owned = await h.json<FindingPage>('/api/v1/findings?owner=nobody@example.com')
      expect(owned.total).toBe(0)
    })

    it('answers malformed input and unknown snapshots with problem+json, and needs a token', async () => {
      const bad = await expectProblem(await h.request('/api/v1/findings?severity=urgent'), 400)
      expect(bad.errors?.[0]?.path).toBe('query.severity')
      await expectProblem(await h.request('/api/v1/findings?limit=0'), 400)
      await expectProblem(await h.request('/api/v1/findings?cursor=%%%'), 400)
      await expectProblem(await h.request('/api/v1/findings?snapshot=nope'), 404)
      await expectProblem(await h.request('/api/v1/findings', { as: 'anonymous' }), 401)
    })
  })

  describe('GET /recommendations', () => {
    it('groups failing recommendations by control, by score impact, with the snapshot score', async () => {
      const recs = await h.json<Recommendations>('/api/v1/recommendations')
      const score = await h.json<Score>('/api/v1/score')
      expect(recs.score.percentage).toBeCloseTo(score.percentage, 9)
      expect(recs.total).toBe(sum(recs.controls.map((c) => c.recommendations.length)))
      const impacts = recs.controls.map((c) => c.potentialIncrease)
      expect(impacts).toEqual([...impacts].sort((a, b) => b - a))
      const all = recs.controls.flatMap((c) => c.recommendations)
      expect(all.every((r) => r.tally.unhealthy > 0)).toBe(true)
      expect(sum(all.map((r) => r.tally.unhealthy))).toBe(summary.findings.total)
      for (const control of recs.controls) {
        expect(control.recommendations.every((r) => r.control === control.id)).toBe(true)
        expect(Math.max(...control.recommendations.map((r) => r.potentialIncrease))).toBeLessThanOrEqual(control.potentialIncrease + 1e-9)
      }
      const healthy = await h.json<Recommendations>('/api/v1/recommendations?state=healthy')
      expect(healthy.controls.flatMap((c) => c.recommendations).every((r) => r.tally.unhealthy === 0 && r.tally.healthy > 0)).toBe(true)
      const aws = await h.json<Recommendations>('/api/v1/recommendations?provider=aws&severity=high')
      expect(aws.controls.flatMap((c) => c.recommendations).every((r) => r.provider === 'aws' && r.severity === 'high')).toBe(true)
      await expectProblem(await h.request('/api/v1/recommendations?state=broken'), 400)
      await expectProblem(await h.request('/api/v1/recommendations', { as: 'anonymous' }), 401)
    })

    it('lists unhealthy resources with the recommendations they fail', async () => {
      const page = await h.json<{ total: number; items: { nodeId: string; unhealthy: number; risk: string; rules: { id: string }[] }[] }>(
        '/api/v1/recommendations/resources?limit=500',
      )
      expect(sum(page.items.map((r) => r.unhealthy))).toBe(summary.findings.total)
      expect(new Set(page.items.map((r) => r.nodeId)).size).toBe(page.total)
      const ranks = page.items.map((r) => RANK[r.risk]!)
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
      await expectProblem(await h.request('/api/v1/recommendations/resources?limit=9999'), 400)
    })

    it('details one recommendation with its affected resources per status tab', async () => {
      const recs = await h.json<Recommendations>('/api/v1/recommendations')
      const top = recs.controls[0]!.recommendations[0]!
      const detail = await h.json<Detail>(`/api/v1/recommendations/${top.id}?limit=5`)
      expect(detail.recommendation.id).toBe(top.id)
      expect(detail.recommendation.remediation.steps.length).toBeGreaterThan(0)
      expect(detail.resources.total).toBe(top.tally.unhealthy)
      expect(detail.resources.items.every((f) => f.ruleId === top.id && f.status === 'unhealthy')).toBe(true)
      const healthy = await h.json<Detail>(`/api/v1/recommendations/${top.id}?status=healthy`)
      expect(healthy.resources.total).toBe(top.tally.healthy)
      await expectProblem(await h.request('/api/v1/recommendations/no-such-rule'), 404)
      await expectProblem(await h.request(`/api/v1/recommendations/${top.id}?status=sideways`), 400)
    })
  })

  describe('GET /rules', () => {
    it('lists the catalogue with frameworks and details one rule with its remediation', async () => {
      const all = await h.json<{ total: number; items: { id: string; provider: string | null; frameworks: Record<string, string[]> }[] }>('/api/v1/rules')
      expect(all.total).toBe(ALL_RULES.length)
      expect(all.items.some((r) => Object.keys(r.frameworks).length > 0)).toBe(true)
      const gcp = await h.json<{ items: { provider: string | null }[] }>('/api/v1/rules?provider=gcp')
      expect(gcp.items.length).toBeGreaterThan(0)
      expect(gcp.items.every((r) => r.provider === 'gcp')).toBe(true)
      const rule = ALL_RULES[0]!
      const detail = await h.json<{ id: string; description: string; remediation: { steps: string[] } }>(`/api/v1/rules/${rule.id}`)
      expect(detail).toMatchObject({ id: rule.id, description: rule.description, remediation: { steps: [...rule.remediation.steps] } })
      await expectProblem(await h.request('/api/v1/rules/nope'), 404)
      await expectProblem(await h.request('/api/v1/rules?severity=none'), 400)
      await expectProblem(await h.request('/api/v1/rules', { as: 'anonymous' }), 401)
    })
  })

  describe('GET /score', () => {
    it('scores the snapshot per control and scope, and the scopes asked for', async () => {
      const score = await h.json<Score>('/api/v1/score?scope=provider:aws&scope=all')
      expect(score.percentage).toBeCloseTo(summary.secureScore!.percentage, 9)
      // Overall points weight each account by its resources (multi-scope formula), so only bounds hold per control.
      expect(score.controls.every((c) => c.current >= 0 && c.current <= c.max + 1e-9)).toBe(true)
      expect(score.scopes.some((s) => s.kind === 'account')).toBe(true)
      expect(score.selected.map((s) => [s.scope, s.kind])).toEqual([
        ['provider:aws', 'provider'],
        ['all', 'all'],
      ])
      const account = score.scopes.find((s) => s.kind === 'account' && s.scope !== '')!
      const one = await h.json<Score>(`/api/v1/score?scope=${encodeURIComponent(account.scope)}`)
      expect(one.selected[0]).toMatchObject({ scope: account.scope, kind: 'account' })
      const problem = await expectProblem(await h.request('/api/v1/score?scope=tag:broken'), 400)
      expect(problem.detail).toContain('tag:broken')
      await expectProblem(await h.request('/api/v1/score', { as: 'anonymous' }), 401)
    })

    it('keeps the history over snapshots with deltas and drivers', async () => {
      const { history } = await h.json<{ history: { snapshot: string; percentage: number; delta: number | null; drivers: unknown[] }[] }>('/api/v1/score/history')
      expect(history.map((e) => e.snapshot)).toEqual(['demo-old', 'demo-new'])
      expect(history[0]!.delta).toBeNull()
      expect(history[1]!.delta).toBeCloseTo(history[1]!.percentage - history[0]!.percentage, 9)
      expect(history[1]!.percentage).toBeCloseTo(summary.secureScore!.percentage, 9)
      const one = await h.json<{ history: unknown[] }>('/api/v1/score/history?limit=1')
      expect(one.history).toHaveLength(1)
      await expectProblem(await h.request('/api/v1/score/history?limit=-1'), 400)
    })
  })

  describe('/exemptions', () => {
    it('lets analysts exempt and revoke, recomputing lists and score, and refuses viewers', async () => {
      const recs = await h.json<Recommendations>('/api/v1/recommendations')
      const target = recs.controls.flatMap((c) => c.recommendations).find((r) => r.potentialIncrease > 0)!
      const before = await h.json<Score>('/api/v1/score')
      const body = { category: 'mitigated', justification: 'WAF in front of these', match: { ruleIds: [target.id] } }
      await expectProblem(await h.request('/api/v1/exemptions', { method: 'POST', as: 'viewer', json: body }), 403)
      await expectProblem(await h.request('/api/v1/exemptions', { method: 'POST', as: 'anonymous', json: body }), 401)
      const created = await h.request('/api/v1/exemptions', { method: 'POST', as: 'analyst', json: body })
      expect(created.status).toBe(201)
      const exemption = (await created.json()) as { id: string; state: string; createdBy: string }
      expect(exemption).toMatchObject({ state: 'active', createdBy: expect.stringContaining('analyst token') })

      const remaining = await h.json<FindingPage>(`/api/v1/findings?rule=${target.id}`)
      expect(remaining.total).toBe(0)
      const exempted = await h.json<FindingPage>(`/api/v1/findings?rule=${target.id}&status=exempted`)
      expect(exempted.total).toBe(target.tally.unhealthy)
      expect(exempted.items[0]?.exemption).toMatchObject({ id: exemption.id, category: 'mitigated' })
      const after = await h.json<Score>('/api/v1/score')
      expect(after.percentage).toBeGreaterThan(before.percentage)
      expect(after.exemptions.active).toBe(1)
      const detail = await h.json<Detail>(`/api/v1/recommendations/${target.id}`)
      expect(detail.recommendation.tally).toMatchObject({ unhealthy: 0, exempted: target.tally.unhealthy })

      const listed = await h.json<{ items: { id: string; state: string }[] }>('/api/v1/exemptions')
      expect(listed.items.map((e) => [e.id, e.state])).toEqual([[exemption.id, 'active']])
      await expectProblem(await h.request(`/api/v1/exemptions/${exemption.id}`, { method: 'DELETE', as: 'viewer' }), 403)
      expect((await h.request(`/api/v1/exemptions/${exemption.id}`, { method: 'DELETE', as: 'analyst' })).status).toBe(204)
      await expectProblem(await h.request(`/api/v1/exemptions/${exemption.id}`, { method: 'DELETE', as: 'analyst' }), 404)
      expect((await h.json<{ items: unknown[] }>('/api/v1/exemptions')).items).toEqual([])
      expect((await h.json<{ items: { state: string }[] }>('/api/v1/exemptions?all=true')).items.map((e) => e.state)).toEqual(['revoked'])
      expect((await h.json<FindingPage>(`/api/v1/findings?rule=${target.id}`)).total).toBe(target.tally.unhealthy)
      expect((await h.json<Score>('/api/v1/score')).percentage).toBeCloseTo(before.percentage, 9)

      const audit = await h.json<{ items: { method: string; path: string; status: number }[] }>('/api/v1/audit', { as: 'admin' })
      expect(audit.items.filter((e) => e.path.startsWith('/api/v1/exemptions')).map((e) => [e.method, e.status])).toEqual([
        ['DELETE', 404],
        ['DELETE', 204],
        ['DELETE', 403],
        ['POST', 201],
        ['POST', 401],
        ['POST', 403],
      ])
    })

    it('rejects exemptions that cover nothing, expire in the past, or carry unknown fields', async () => {
      const post = (json: unknown) => h.request('/api/v1/exemptions', { method: 'POST', as: 'analyst', json })
      await expectProblem(await post({ category: 'waiver', justification: 'x', match: {} }), 400)
      const past = await expectProblem(await post({ category: 'waiver', justification: 'x', expiresAt: '2020-01-01T00:00:00Z', match: { severities: ['low'] } }), 400)
      expect(past.errors?.[0]?.path).toBe('json.expiresAt')
      await expectProblem(await post({ category: 'forgiven', justification: 'x', match: { severities: ['low'] } }), 400)
      await expectProblem(await post({ category: 'waiver', justification: 'x', match: { severities: ['low'] }, extra: 1 }), 400)
      await expectProblem(await h.request('/api/v1/exemptions', { method: 'POST', as: 'analyst', body: '{not json', headers: { 'Content-Type': 'application/json' } }), 400)
      await expectProblem(await h.request('/api/v1/exemptions/not-an-id', { method: 'DELETE', as: 'analyst' }), 400)
      expect((await h.json<{ items: unknown[] }>('/api/v1/exemptions?all=true')).items.length).toBeLessThanOrEqual(1)
    })
  })

  describe('GET /exports/findings', () => {
    it('downloads CSV and SARIF of the snapshot findings', async () => {
      const csv = await h.request('/api/v1/exports/findings?format=csv')
      expect(csv.status).toBe(200)
      expect(csv.headers.get('content-type')).toContain('text/csv')
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="skyhound-demo-new.csv"')
      const lines = (await csv.text()).trimEnd().split('\r\n')
      expect(lines[0]).toMatch(/^finding_id,rule_id,title,status,severity,risk/)
      expect(lines.length - 1).toBe(Number(csv.headers.get('x-skyhound-findings')))
      expect(lines.length - 1).toBeGreaterThanOrEqual(summary.findings.total)
      const sarif = await h.request('/api/v1/exports/findings?format=sarif&provider=aws')
      const doc = (await sarif.json()) as { version: string; runs: { results: unknown[] }[] }
      expect(doc.version).toBe('2.1.0')
      expect(doc.runs[0]!.results.length).toBe(Number(sarif.headers.get('x-skyhound-findings')))
      const ocsf = await h.request('/api/v1/exports/findings?format=ocsf&severity=critical')
      expect(ocsf.status).toBe(200)
      await expectProblem(await h.request('/api/v1/exports/findings?format=pdf'), 400)
      await expectProblem(await h.request('/api/v1/exports/findings?format=csv', { as: 'anonymous' }), 401)
    })
  })

  describe('GET /overview', () => {
    it('aggregates score and trend, findings, attack paths, tasks and coverage', async () => {
      const o = await h.json<{
        score: { percentage: number } | null
        trend: { snapshot: string }[]
        findings: { unhealthy: number; byRisk: Record<string, number> }
        attackPaths: { total: number; byRisk: Record<string, number>; chokePoints: { id: string; paths: number }[]; entryPoints: { paths: number }[] }
        tasks: { open: number; overdue: number } | null
        coverage: { provider: string; resources: number; score: number | null }[]
      }>('/api/v1/overview')
      expect(o.score?.percentage).toBeCloseTo(summary.secureScore!.percentage, 9)
      expect(o.trend.map((p) => p.snapshot)).toEqual(['demo-old', 'demo-new'])
      expect(o.findings.unhealthy).toBe(summary.findings.total)
      expect(sum(Object.values(o.findings.byRisk))).toBe(o.findings.unhealthy)
      expect(o.attackPaths.total).toBe(summary.attackPaths.total)
      expect(sum(Object.values(o.attackPaths.byRisk))).toBe(o.attackPaths.total)
      if (o.attackPaths.total > 0) expect(o.attackPaths.entryPoints[0]!.paths).toBeGreaterThan(0)
      expect(o.tasks).toEqual({ open: 0, overdue: 0 })
      expect(o.coverage.map((c) => c.provider).sort()).toEqual(expect.arrayContaining(['aws', 'azure', 'gcp', 'kubernetes']))
      expect(o.coverage.find((c) => c.provider === 'aws')!.resources).toBeGreaterThan(0)
      await expectProblem(await h.request('/api/v1/overview?snapshot='), 400)
      await expectProblem(await h.request('/api/v1/overview', { as: 'anonymous' }), 401)
    })
  })

  describe('governance tasks', () => {
    it('keeps a finding whose task is in its grace period out of the score, and filters by task owner', async () => {
      const recs = await h.json<Recommendations>('/api/v1/recommendations')
      const target = recs.controls.flatMap((c) => c.recommendations).find((r) => r.potentialIncrease > 0)!
      const inControl = await h.json<FindingPage>(`/api/v1/findings?control=${target.control}&limit=500`)
      const perNode = new Map<string, number>()
      for (const f of inControl.items) perNode.set(f.nodeId, (perNode.get(f.nodeId) ?? 0) + 1)
      // A resource that fails only this rule in its control: graced, it becomes healthy in the control.
      const ofRule = (await h.json<FindingPage>(`/api/v1/findings?rule=${target.id}&limit=500`)).items
      const graced = ofRule.find((f) => perNode.get(f.nodeId) === 1)!
      const late = ofRule.find((f) => f.id !== graced.id) ?? inControl.items.find((f) => f.id !== graced.id)!
      const before = await h.json<Score>('/api/v1/score')
      const task = (f: FindingItem, dueDate: string, gracePeriod: boolean) => ({
        id: f.id,
        status: 'on-time' as const,
        owner: 'alice@example.com',
        dueDate,
        eta: null,
        finding: { id: f.id, ruleId: f.ruleId, title: f.ruleId, severity: 'high' as const, risk: 'high' as const },
        resource: { id: f.nodeId, name: f.name, kind: 'k', scope: 's' },
        governanceRuleId: null,
        gracePeriod,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        completedAt: null,
      })
      await h.store.governance.saveTasks([task(graced, '2099-01-01', true), task(late, '2020-01-01', false)], [])
      // Tasks are re-read every 10 s (they are many); move the clock past that instead of waiting.
      vi.useFakeTimers({ toFake: ['Date'] })
      vi.setSystemTime(Date.now() + 11_000)
      try {
        const owned = await h.json<FindingPage>('/api/v1/findings?owner=alice%40example.com&limit=500')
        expect(owned.items.map((f) => f.id).sort()).toEqual([graced.id, late.id].sort())
        const byResource = await h.json<{ total: number }>('/api/v1/recommendations/resources?owner=alice%40example.com')
        expect(byResource.total).toBe(new Set([graced.nodeId, late.nodeId]).size)
        const byControl = await h.json<Recommendations>('/api/v1/recommendations?owner=alice%40example.com')
        expect(byControl.controls.flatMap((c) => c.recommendations.map((r) => r.id)).sort()).toEqual([...new Set([graced.ruleId, late.ruleId])].sort())
        const nobody = await h.json<Recommendations>('/api/v1/recommendations?owner=nobody%40example.com')
        expect(nobody.total).toBe(0)
        const after = await h.json<Score>('/api/v1/score')
        expect(after.percentage).toBeGreaterThan(before.percentage)
        expect((await h.json<FindingPage>(`/api/v1/findings?rule=${target.id}&limit=500`)).total).toBe(ofRule.length)
        const overview = await h.json<{ tasks: { open: number; overdue: number } }>('/api/v1/overview')
        expect(overview.tasks).toEqual({ open: 2, overdue: 1 })
      } finally {
        vi.useRealTimers()
      }
    })
  })

  it('documents every posture route in the OpenAPI document', async () => {
    const doc = await h.json<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>('/api/v1/openapi.json', { as: 'anonymous' })
    for (const path of ['/findings', '/recommendations', '/recommendations/resources', '/recommendations/{ruleId}', '/rules', '/rules/{id}', '/score', '/score/history', '/exemptions', '/exemptions/{id}', '/exports/findings', '/overview']) {
      expect(Object.keys(doc.paths)).toContain(path)
    }
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Finding', 'Recommendation', 'ControlGroup', 'Score', 'Exemption', 'CreateExemption', 'Overview']))
  })
})
