import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openHarness } from './__fixtures__/api-harness.js'
import type { Harness } from './__fixtures__/api-harness.js'
import { writeEstate } from './__fixtures__/small-estate.js'
import { createPostureSource } from './posture-index.js'

describe('server/posture-index', () => {
  let h: Harness
  beforeEach(async () => {
    h = await openHarness()
  })
  afterEach(() => h.close())

  it('keeps answering `latest` from the previous snapshot while a newer one builds, then switches', async () => {
    const posture = createPostureSource(h.store, h.graphs)
    const first = await posture.get('latest')
    expect(first.snapshot.id).toBe('snap-1')
    expect(await posture.get('latest')).toBe(first)
    await writeEstate(h.store, { id: 'snap-2', createdAt: '2026-03-02T10:00:00.000Z' })
    await h.graphs.refresh()
    expect((await posture.get('latest')).snapshot.id).toBe('snap-1')
    await vi.waitFor(async () => expect((await posture.get('latest')).snapshot.id).toBe('snap-2'))
    expect((await posture.get('snap-1')).snapshot.id).toBe('snap-1')
  })

  it('rebuilds at once when the exemptions in force change, and stops applying expired ones', async () => {
    let now = new Date('2026-03-05T00:00:00.000Z')
    const posture = createPostureSource(h.store, h.graphs, { now: () => now })
    const before = await posture.get('latest')
    expect(before.exemptions.active).toBe(0)
    await h.store.exemptions.createExemption({
      id: 'ex-000000000001',
      name: 'w',
      category: 'waiver',
      justification: 'test',
      createdBy: 'test',
      createdAt: '2026-03-04T00:00:00.000Z',
      expiresAt: '2026-03-06T00:00:00.000Z',
      revokedAt: null,
      match: { providers: ['aws'] },
    })
    const during = await posture.get('latest')
    expect(during).not.toBe(before)
    expect(during.exemptions.active).toBe(1)
    expect(await posture.get('latest')).toBe(during)
    now = new Date('2026-03-07T00:00:00.000Z')
    const after = await posture.get('latest')
    expect(after.exemptions).toEqual({ active: 0, expired: ['ex-000000000001'] })
  })
})
