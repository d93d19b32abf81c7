import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { expectProblem, openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'

interface SnapshotPage {
  total: number
  offset: number
  limit: number
  items: { id: string; createdAt: string; resources: number }[]
  nextCursor: string | null
}

const THREE = [
  { id: 'snap-a', createdAt: '2026-01-01T00:00:00.000Z' },
  { id: 'snap-b', createdAt: '2026-01-02T00:00:00.000Z', extraBuckets: 5 },
  { id: 'snap-c', createdAt: '2026-01-03T00:00:00.000Z', extraBuckets: 9 },
]

describe('server/routes/snapshots', () => {
  let h: Harness
  beforeEach(async () => {
    h = await openHarness({ snapshots: THREE })
  })
  afterEach(() => h.close())

  it('lists snapshots newest first, paged by cursor', async () => {
    const first = await h.json<SnapshotPage>('/api/v1/snapshots?limit=2')
    expect(first).toMatchObject({ total: 3, offset: 0, limit: 2 })
    expect(first.items.map((s) => s.id)).toEqual(['snap-c', 'snap-b'])
    expect(first.items[0]?.resources).toBe(first.items[1]!.resources + 4)
    const second = await h.json<SnapshotPage>(`/api/v1/snapshots?limit=2&cursor=${first.nextCursor!}`)
    expect(second.items.map((s) => s.id)).toEqual(['snap-a'])
    expect(second.nextCursor).toBeNull()
    expect((await h.json<SnapshotPage>('/api/v1/snapshots?offset=1&limit=1')).items.map((s) => s.id)).toEqual(['snap-b'])
  })

  it('shows one summary by id, and the newest as `latest`', async () => {
    const latest = await h.json<{ snapshot: { id: string }; resources: { byProvider: Record<string, number> }; issues: unknown[] }>(
      '/api/v1/snapshots/latest',
    )
    expect(latest.snapshot.id).toBe('snap-c')
    expect(latest.resources.byProvider).toMatchObject({ azure: 2, gcp: 2, kubernetes: 2 })
    expect(latest.issues).toHaveLength(1)
    expect((await h.json<{ snapshot: { id: string } }>('/api/v1/snapshots/snap-a')).snapshot.id).toBe('snap-a')
  })

  it('answers an unknown snapshot with a 404 problem carrying the error code and a hint', async () => {
    const problem = await expectProblem(await h.request('/api/v1/snapshots/nope'), 404)
    expect(problem).toMatchObject({ code: 'SKY_SNAPSHOT_NOT_FOUND', instance: '/api/v1/snapshots/nope' })
    expect(problem.hint).toContain('latest')
  })

  it('refuses malformed paging with a 400 problem naming each field', async () => {
    const problem = await expectProblem(await h.request('/api/v1/snapshots?limit=9999&offset=-1'), 400)
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['query.limit', 'query.offset'])
    await expectProblem(await h.request('/api/v1/snapshots?cursor=%7B%7D'), 400)
  })

  it('lets only an admin delete a snapshot, after which `latest` is the one before', async () => {
    for (const role of ['viewer', 'analyst'] as const) {
      expect((await expectProblem(await h.request('/api/v1/snapshots/snap-c', { method: 'DELETE', as: role }), 403)).code).toBe(
        'HTTP_FORBIDDEN',
      )
    }
    await h.graphs.refresh()
    const response = await h.request('/api/v1/snapshots/latest', { method: 'DELETE', as: 'admin' })
    expect(response.status).toBe(204)
    expect((await h.json<{ snapshot: { id: string } }>('/api/v1/snapshots/latest')).snapshot.id).toBe('snap-b')
    expect((await h.json<{ snapshot: { id: string } }>('/api/v1/inventory?limit=1')).snapshot.id).toBe('snap-b')
    await expectProblem(await h.request('/api/v1/snapshots/snap-c', { method: 'DELETE', as: 'admin' }), 404)
  })

  it('needs a token for every snapshot route', async () => {
    await expectProblem(await h.request('/api/v1/snapshots', { as: 'anonymous' }), 401)
    await expectProblem(await h.request('/api/v1/snapshots/latest', { as: 'anonymous' }), 401)
    await expectProblem(await h.request('/api/v1/snapshots/latest', { method: 'DELETE', as: 'anonymous' }), 401)
  })
})
