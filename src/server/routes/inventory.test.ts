import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'
import { GCP_VM, WEB_VM } from '../__fixtures__/small-estate.js'

interface InventoryPage {
  snapshot: { id: string; createdAt: string }
  total: number
  offset: number
  limit: number
  items: { id: string; name: string; provider: string; family: string; scopeName: string | null; insights: string[] }[]
  nextCursor: string | null
  facets: { provider: Record<string, number>; family: Record<string, number>; kind: Record<string, number> }
}

describe('server/routes/inventory', () => {
  let h: Harness
  beforeAll(async () => {
    h = await openHarness({
      snapshots: [
        { id: 'old', createdAt: '2026-01-01T00:00:00.000Z', extraBuckets: 2 },
        { id: 'new', createdAt: '2026-01-02T00:00:00.000Z', extraBuckets: 60 },
      ],
    })
  })
  afterAll(() => h.close())

  it('pages the newest snapshot in node id order with facet counts', async () => {
    const page = await h.json<InventoryPage>('/api/v1/inventory?limit=20')
    expect(page.snapshot.id).toBe('new')
    expect(page).toMatchObject({ total: 69, offset: 0, limit: 20 })
    expect(page.items.map((i) => i.id)).toEqual(page.items.map((i) => i.id).sort())
    expect(page.facets.provider).toEqual({ aws: 63, azure: 2, gcp: 2, kubernetes: 2 })
    expect(page.facets.family['object-storage']).toBe(61)
  })

  it('walks every page by cursor exactly once', async () => {
    const seen: string[] = []
    let path: string | null = '/api/v1/inventory?limit=25'
    while (path !== null) {
      const page: InventoryPage = await h.json<InventoryPage>(path)
      seen.push(...page.items.map((i) => i.id))
      path = page.nextCursor === null ? null : `/api/v1/inventory?limit=25&cursor=${page.nextCursor}`
    }
    expect(seen).toHaveLength(69)
    expect(new Set(seen).size).toBe(69)
  })

  it('keeps paging the snapshot a cursor was issued for after a newer one lands', async () => {
    const first = await h.json<InventoryPage>('/api/v1/inventory?snapshot=old&limit=3')
    expect(first.snapshot.id).toBe('old')
    const next = await h.json<InventoryPage>(`/api/v1/inventory?limit=3&cursor=${first.nextCursor!}`)
    expect(next.snapshot.id).toBe('old')
    expect(next.total).toBe(11)
  })

  it('filters by repeated provider and family values, kind, scope, tag and text', async () => {
    const vms = await h.json<InventoryPage>('/api/v1/inventory?family=vm&provider=aws&provider=gcp')
    expect(vms.items.map((i) => i.id).sort()).toEqual([GCP_VM, WEB_VM].sort())
    expect(vms.facets.provider).toEqual({ aws: 1, azure: 1, gcp: 1 })
    expect((await h.json<InventoryPage>('/api/v1/inventory?kind=k8s.pod')).items.map((i) => i.name)).toEqual(['shop/checkout-7d9f'])
    expect((await h.json<InventoryPage>(`/api/v1/inventory?scope=${encodeURIComponent('k8s://prod-eks')}`)).total).toBe(2)
    const tagged = await h.json<InventoryPage>(`/api/v1/inventory?tag=${encodeURIComponent('data-classification=confidential')}`)
    expect(tagged.items.map((i) => i.name)).toEqual(['demo-customer-data'])
    const web = await h.json<InventoryPage>('/api/v1/inventory?q=WEB-1')
    expect(web.items).toHaveLength(1)
    expect(web.items[0]).toMatchObject({ id: WEB_VM, scopeName: 'prod (111122223333)', insights: ['exposed-to-internet'] })
  })

  it('answers an empty match with zero items and no next page', async () => {
    const none = await h.json<InventoryPage>('/api/v1/inventory?q=no-such-thing')
    expect(none).toMatchObject({ total: 0, items: [], nextCursor: null })
  })

  it('refuses unknown facet values, bad paging and a foreign cursor with 400 problems', async () => {
    const provider = await expectProblem(await h.request('/api/v1/inventory?provider=oracle'), 400)
    expect(provider.errors?.[0]?.path).toBe('query.provider')
    const paging = await expectProblem(await h.request('/api/v1/inventory?limit=0&offset=abc'), 400)
    expect(paging.errors?.map((e) => e.path).sort()).toEqual(['query.limit', 'query.offset'])
    expect((await expectProblem(await h.request('/api/v1/inventory?cursor=bm9wZQ'), 400)).errors?.[0]?.path).toBe('query.cursor')
    await expectProblem(await h.request(`/api/v1/inventory?q=${'x'.repeat(201)}`), 400)
  })

  it('answers an unknown snapshot with 404 and no token with 401', async () => {
    expect((await expectProblem(await h.request('/api/v1/inventory?snapshot=nope'), 404)).code).toBe('SKY_SNAPSHOT_NOT_FOUND')
    const problem = await expectProblem(await h.request('/api/v1/inventory', { as: 'anonymous' }), 401)
    expect(problem.code).toBe('HTTP_UNAUTHORIZED')
  })
})
