/**
 * `/attack-paths` through app.request() on the demo estate scanned twice (two seeds, so the diff has
 * new and resolved paths): list filters, search, grouping, sort and paging against the stored paths;
 * detail graph and recommendations; choke points checked by their own what-if; auth and bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AttackPath } from '../../model/attack-path.js'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'
import { writeDemoSnapshot } from '../__fixtures__/demo-store.js'
import { storedPaths } from '../path-data.js'

interface Summary {
  id: string
  title: string
  risk: string
  categories: string[]
  entry: { id: string; kind: string; family: string; name: string }
  target: { id: string; kind: string; family: string; name: string }
  providers: string[]
  count: number
  length: number
  riskScore: number
  tactics: string[]
}
interface Page {
  snapshot: { id: string }
  total: number
  offset: number
  limit: number
  items: Summary[]
  nextCursor: string | null
  groups: { key: string; label: string; count: number; byRisk: Record<string, number> }[] | null
  facets: Record<string, Record<string, number>>
}
interface Rec {
  findingId: string
  ruleId: string
  title: string
  nodeId: string
  breaksPath: boolean
}
interface Detail {
  path: Summary & {
    steps: { index: number; from: { id: string }; to: { id: string }; attackEdge: string; mitre: { tactic: string; technique: string }; evidence: unknown[] }[]
    graph: {
      nodes: { id: string; role: string; recommendations: number }[]
      edges: { id: string; source: string; target: string; step: number | null; mitre: { tactic: string } | null }[]
    }
    nodes: { id: string; insights: { id: string }[]; reachedBy: { step: number }[]; recommendations: { breaks: Rec[]; additional: Rec[] } }[]
    recommendations: { breaks: Rec[]; additional: Rec[] }
  }
}

const RANK = ['low', 'medium', 'high', 'critical']

describe('server/routes/attack-paths', () => {
  let h: Harness
  let stored: AttackPath[]

  beforeAll(async () => {
    h = await openHarness({ snapshots: [] })
    await writeDemoSnapshot(h.store, { snapshotId: 'demo-0', createdAt: '2026-02-01T09:00:00.000Z', seed: 7 })
    await writeDemoSnapshot(h.store, { snapshotId: 'demo-1', createdAt: '2026-03-01T09:00:00.000Z' })
    stored = await storedPaths(h.store, 'demo-1')
  }, 120_000)
  afterAll(async () => {
    await h.close()
  })

  it('lists every stored path of the latest snapshot, highest risk first, with facets over all of them', async () => {
    const page = await h.json<Page>('/api/v1/attack-paths?limit=500')
    expect(page.snapshot.id).toBe('demo-1')
    expect(page.total).toBe(stored.length)
    expect(stored.length).toBeGreaterThan(10)
    expect(new Set(page.items.map((p) => p.id))).toEqual(new Set(stored.map((p) => p.id)))
    const ranks = page.items.map((p) => RANK.indexOf(p.risk))
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks)
    const byRisk: Record<string, number> = {}
    for (const p of stored) byRisk[p.risk] = (byRisk[p.risk] ?? 0) + 1
    expect(page.facets['risk']).toEqual(byRisk)
    const first = page.items[0]!
    const source = stored.find((p) => p.id === first.id)!
    expect(first).toMatchObject({ title: source.title, count: source.count, length: source.steps.length, entry: source.entry, target: source.target })
    expect(first.tactics[0]).toBe(source.steps[0]!.mitre.tactic)
  })

  it('filters by risk, category, provider, entry and target kind or family, and searches text', async () => {
    const critical = await h.json<Page>('/api/v1/attack-paths?risk=critical&limit=500')
    expect(critical.total).toBe(stored.filter((p) => p.risk === 'critical').length)
    expect(critical.items.every((p) => p.risk === 'critical')).toBe(true)
    const mixed = await h.json<Page>('/api/v1/attack-paths?risk=critical&risk=high&category=account-takeover&limit=500')
    expect(mixed.total).toBe(stored.filter((p) => ['critical', 'high'].includes(p.risk) && p.categories.includes('account-takeover')).length)
    const pods = await h.json<Page>('/api/v1/attack-paths?entryKind=pod&provider=gcp&limit=500')
    expect(pods.total).toBe(stored.filter((p) => p.entry.family === 'pod' && p.providers.includes('gcp')).length)
    expect(pods.total).toBeGreaterThan(0)
    const buckets = await h.json<Page>('/api/v1/attack-paths?targetKind=aws.s3&limit=500')
    expect(buckets.items.every((p) => p.target.kind.startsWith('aws.s3.'))).toBe(true)
    const needle = stored[3]!.target.name
    const found = await h.json<Page>(`/api/v1/attack-paths?q=${encodeURIComponent(needle.toUpperCase())}&limit=500`)
    expect(found.total).toBe(stored.filter((p) => [p.title, p.entry.name, p.target.name, p.id, p.entry.id, p.target.id].some((t) => t.toLowerCase().includes(needle.toLowerCase()))).length)
    expect(found.items.map((p) => p.id)).toContain(stored[3]!.id)
  })

  it('groups the matching paths and orders the items group by group', async () => {
    const page = await h.json<Page>('/api/v1/attack-paths?groupBy=risk&sort=title&limit=500')
    expect(page.groups!.map((g) => g.key)).toEqual(RANK.filter((r) => stored.some((p) => p.risk === r)).reverse())
    expect(page.groups!.reduce((n, g) => n + g.count, 0)).toBe(stored.length)
    const critical = page.items.filter((p) => p.risk === 'critical').map((p) => p.title)
    expect(page.items.slice(0, critical.length).every((p) => p.risk === 'critical')).toBe(true)
    expect([...critical].sort((a, b) => a.localeCompare(b))).toEqual(critical)
    const byTarget = await h.json<Page>('/api/v1/attack-paths?groupBy=target-kind&limit=1')
    expect(byTarget.groups!.reduce((n, g) => n + g.count, 0)).toBe(stored.length)
  })

  it('sorts on the server and pages with a cursor that pins the snapshot', async () => {
    const all = await h.json<Page>('/api/v1/attack-paths?sort=count&order=desc&limit=500')
    const counts = all.items.map((p) => p.count)
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)
    const first = await h.json<Page>('/api/v1/attack-paths?limit=7')
    expect(first.items).toHaveLength(7)
    const second = await h.json<Page>(`/api/v1/attack-paths?limit=7&cursor=${first.nextCursor!}`)
    expect(second.offset).toBe(7)
    const whole = await h.json<Page>('/api/v1/attack-paths?limit=14')
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual(whole.items.map((p) => p.id))
    const older = await h.json<Page>('/api/v1/attack-paths?snapshot=demo-0&limit=1')
    expect(older.snapshot.id).toBe('demo-0')
  })

  it('returns a path with its steps, MITRE per step, the graph and per-node recommendations', async () => {
    const path = stored.find((p) => {
      const remediation = p.details['remediation'] as { breaks: unknown[] }
      return remediation.breaks.length > 0
    })!
    const { path: detail } = await h.json<Detail>(`/api/v1/attack-paths/${path.id}`)
    expect(detail.steps.map((s) => s.attackEdge)).toEqual(path.steps.map((s) => s.attackEdge))
    for (const step of detail.steps) expect(step.mitre.technique).toMatch(/^T\d{4}/)
    const roles = new Map(detail.graph.nodes.map((n) => [n.id, n.role]))
    expect(roles.get(path.entry.id)).toBe('entry')
    expect(roles.get(path.target.id)).toBe('target')
    const stepEdges = detail.graph.edges.filter((e) => e.step !== null)
    expect(stepEdges.map((e) => [e.source, e.target])).toEqual(path.steps.map((s) => [s.from, s.to]))
    for (const edge of detail.graph.edges) expect(roles.has(edge.source) && roles.has(edge.target)).toBe(true)
    const breaks = (path.details['remediation'] as { breaks: { findingId: string }[] }).breaks.map((r) => r.findingId)
    expect(detail.recommendations.breaks.map((r) => r.findingId)).toEqual(breaks)
    expect(detail.recommendations.breaks.every((r) => r.breaksPath && r.title !== '')).toBe(true)
    expect(detail.recommendations.additional.every((r) => !r.breaksPath)).toBe(true)
    const fromNodes = detail.nodes.flatMap((n) => n.recommendations.breaks.map((r) => r.findingId))
    expect(fromNodes.sort()).toEqual([...breaks].sort())
    const entry = detail.nodes.find((n) => n.id === path.entry.id)!
    expect(entry.reachedBy.map((r) => r.step)).toContain(0)
    expect(entry.insights.length).toBeGreaterThan(0)
  })

  it('lists choke points whose "breaks" a what-if on the same node confirms', async () => {
    const body = await h.json<{
      paths: number
      chokePoints: { kind: string; id: string; from: string | null; to: string | null; breaks: number; brokenPathIds: string[] }[]
      recommendations: { findingId: string; title: string; breaks: number }[]
    }>('/api/v1/attack-paths/choke-points?limit=5')
    expect(body.paths).toBe(stored.length)
    expect(body.chokePoints.length).toBeGreaterThan(0)
    const top = body.chokePoints[0]!
    expect(top.breaks).toBeGreaterThan(0)
    const change = top.kind === 'node' ? { removeNodes: [top.id] } : { removeEdges: [{ from: top.from!, to: top.to! }] }
    const result = await h.json<{ before: number; remaining: number; broken: { id: string }[]; unmatched: string[] }>('/api/v1/attack-paths/what-if', {
      method: 'POST',
      json: change,
    })
    expect(result.broken.map((p) => p.id).sort()).toEqual([...top.brokenPathIds].sort())
    expect(result.before - result.remaining).toBe(top.breaks)
    expect(body.recommendations[0]!.breaks).toBeGreaterThanOrEqual(body.recommendations.at(-1)!.breaks)
  })

  it('what-if applies a fix that breaks a path, and reports ids that match nothing', async () => {
    const path = stored.find((p) => (p.details['remediation'] as { breaks: unknown[] }).breaks.length > 0)!
    const fix = (path.details['remediation'] as { breaks: { findingId: string }[] }).breaks[0]!.findingId
    const result = await h.json<{ broken: { id: string }[]; unmatched: string[] }>('/api/v1/attack-paths/what-if', {
      method: 'POST',
      json: { applyFixes: [fix], removeNodes: ['no-such-node'] },
    })
    expect(result.broken.map((p) => p.id)).toContain(path.id)
    expect(result.unmatched).toEqual(['no-such-node'])
  })

  it('diffs the latest snapshot against the one before it, or any two named', async () => {
    const older = await storedPaths(h.store, 'demo-0')
    const diff = await h.json<{ from: string; to: string; new: { id: string }[]; resolved: { id: string }[]; unchanged: number; changed: unknown[] }>(
      '/api/v1/attack-paths/diff',
    )
    expect([diff.from, diff.to]).toEqual(['demo-0', 'demo-1'])
    const olderIds = new Set(older.map((p) => p.id))
    const newerIds = new Set(stored.map((p) => p.id))
    expect(diff.new.map((p) => p.id).sort()).toEqual(stored.filter((p) => !olderIds.has(p.id)).map((p) => p.id).sort())
    expect(diff.resolved.map((p) => p.id).sort()).toEqual(older.filter((p) => !newerIds.has(p.id)).map((p) => p.id).sort())
    expect(diff.new.length + diff.changed.length + diff.unchanged).toBe(stored.length)
    const reverse = await h.json<{ new: unknown[]; resolved: unknown[] }>('/api/v1/attack-paths/diff?from=demo-1&to=demo-0')
    expect(reverse.new).toHaveLength(diff.resolved.length)
    await expectProblem(await h.request('/api/v1/attack-paths/diff?to=demo-0'), 404)
    await expectProblem(await h.request('/api/v1/attack-paths/diff?from=nope'), 404)
  })

  it('refuses callers without a token on every route and answers bad input with problems', async () => {
    for (const [path, method] of [
      ['/api/v1/attack-paths', 'GET'],
      [`/api/v1/attack-paths/${stored[0]!.id}`, 'GET'],
      ['/api/v1/attack-paths/choke-points', 'GET'],
      ['/api/v1/attack-paths/diff', 'GET'],
      ['/api/v1/attack-paths/what-if', 'POST'],
    ] as const) {
      await expectProblem(await h.request(path, { as: 'anonymous', method, ...(method === 'POST' ? { json: { removeNodes: ['x'] } } : {}) }), 401)
    }
    for (const role of ['viewer', 'analyst', 'admin'] as const) {
      expect((await h.request('/api/v1/attack-paths?limit=1', { as: role })).status).toBe(200)
    }
    const badRisk = await expectProblem(await h.request('/api/v1/attack-paths?risk=severe'), 400)
    expect(badRisk.errors![0]!.path).toBe('query.risk')
    await expectProblem(await h.request('/api/v1/attack-paths?limit=0'), 400)
    await expectProblem(await h.request('/api/v1/attack-paths?groupBy=colour'), 400)
    await expectProblem(await h.request('/api/v1/attack-paths?cursor=not-a-cursor'), 400)
    const missing = await expectProblem(await h.request('/api/v1/attack-paths/ap-0000000000000000'), 404)
    expect(missing.detail).toContain('no attack path ap-0000000000000000 in snapshot demo-1')
    await expectProblem(await h.request('/api/v1/attack-paths?snapshot=nope'), 404)
    const empty = await expectProblem(await h.request('/api/v1/attack-paths/what-if', { method: 'POST', json: {} }), 400)
    expect(empty.detail).toContain('at least one change')
    await expectProblem(await h.request('/api/v1/attack-paths/what-if', { method: 'POST', body: '{"removeNodes": [', headers: { 'Content-Type': 'application/json' } }), 400)
    await expectProblem(await h.request('/api/v1/attack-paths/what-if', { method: 'POST', json: { removeEdges: [{ from: 'a', to: 'b', kind: 'teleports-to' }] } }), 400)
    const tooMany = await expectProblem(await h.request('/api/v1/attack-paths/what-if', { method: 'POST', json: { removeNodes: Array.from({ length: 501 }, (_, i) => `n${i}`) } }), 400)
    expect(tooMany.errors![0]!.path).toBe('json.removeNodes')
  })

  it('documents every route in the OpenAPI document', async () => {
    const doc = await h.json<{ paths: Record<string, Record<string, unknown>> }>('/api/v1/openapi.json', { as: 'anonymous' })
    for (const path of ['/attack-paths', '/attack-paths/{id}', '/attack-paths/choke-points', '/attack-paths/what-if', '/attack-paths/diff']) {
      expect(doc.paths[path], path).toBeDefined()
    }
  })
})
