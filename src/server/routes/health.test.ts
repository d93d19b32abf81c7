import { afterEach, describe, expect, it } from 'vitest'
import { openHarness } from '../__fixtures__/api-harness.js'
import type { Harness } from '../__fixtures__/api-harness.js'

describe('server/routes/health', () => {
  let h: Harness
  afterEach(() => h.close())

  it('answers without a token and reports version, store, auth mode and the snapshot in memory', async () => {
    h = await openHarness()
    const before = await h.json<{ status: string; store: string; auth: string; snapshot: unknown }>('/api/v1/health', { as: 'anonymous' })
    expect(before).toMatchObject({ status: 'ok', store: 'sqlite', auth: 'tokens', snapshot: null })
    await h.graphs.refresh()
    const after = await h.json<{ snapshot: { id: string; loadedAt: string } }>('/api/v1/health', { as: 'anonymous' })
    expect(after.snapshot.id).toBe('snap-1')
    expect(Number.isNaN(Date.parse(after.snapshot.loadedAt))).toBe(false)
  })

  it('reports open mode on a loopback server without tokens', async () => {
    h = await openHarness({ open: true })
    expect(await h.json('/api/v1/health', { as: 'anonymous' })).toMatchObject({ auth: 'open' })
  })
})
