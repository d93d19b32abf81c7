import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'

interface AuditPage {
  items: { actor: string; role: string | null; method: string; path: string; status: number; requestId: string; detail: Record<string, unknown> }[]
  nextCursor: string | null
}

describe('server/routes/audit', () => {
  let h: Harness
  beforeEach(async () => {
    h = await openHarness()
  })
  afterEach(() => h.close())

  it('records every write request, allowed or refused, newest first, and no reads', async () => {
    await h.request('/api/v1/snapshots')
    const created = await h.request('/api/v1/tokens', { method: 'POST', as: 'admin', json: { name: 'n', role: 'viewer' } })
    await h.request('/api/v1/snapshots/snap-1', { method: 'DELETE', as: 'viewer' })
    await h.request('/api/v1/tokens', { method: 'POST', as: 'anonymous', json: { name: 'n', role: 'admin' } })
    const { items } = await h.json<AuditPage>('/api/v1/audit', { as: 'admin' })
    expect(items.map((e) => [e.method, e.path, e.status, e.actor, e.role])).toEqual([
      ['POST', '/api/v1/tokens', 401, 'anonymous', null],
      ['DELETE', '/api/v1/snapshots/snap-1', 403, h.tokenIds.viewer, 'viewer'],
      ['POST', '/api/v1/tokens', 201, h.tokenIds.admin, 'admin'],
    ])
    expect(items[2]?.requestId).toBe(created.headers.get('x-request-id'))
    expect(items[2]?.detail).toEqual({ tokenName: 'admin token' })
    expect(JSON.stringify(items)).not.toContain('skh_')
  })

  it('pages by cursor', async () => {
    for (let i = 0; i < 5; i++) await h.request('/api/v1/tokens', { method: 'POST', as: 'admin', json: { name: `t${i}`, role: 'viewer' } })
    const first = await h.json<AuditPage>('/api/v1/audit?limit=3', { as: 'admin' })
    expect(first.items).toHaveLength(3)
    const second = await h.json<AuditPage>(`/api/v1/audit?limit=3&cursor=${first.nextCursor!}`, { as: 'admin' })
    expect(second.items).toHaveLength(2)
    expect(new Set([...first.items, ...second.items].map((e) => e.requestId)).size).toBe(5)
    await expectProblem(await h.request('/api/v1/audit?cursor=nope', { as: 'admin' }), 400)
  })

  it('is admin only', async () => {
    await expectProblem(await h.request('/api/v1/audit', { as: 'analyst' }), 403)
    await expectProblem(await h.request('/api/v1/audit', { as: 'anonymous' }), 401)
  })
})
