import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { WEB_VM, writeEstate } from './__fixtures__/small-estate.js'
import { createGraphSource } from './graph-source.js'

describe('server/graph-source', () => {
  let dir: string
  let store: Store

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skyhound-graphs-'))
    store = await openSqliteStore({ file: join(dir, 'skyhound.db') })
  })
  afterEach(async () => {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('has no current snapshot in an empty store and says so for `latest`', async () => {
    const graphs = createGraphSource(store)
    expect(await graphs.current()).toBeUndefined()
    await expect(graphs.get('latest')).rejects.toMatchObject({ code: 'SKY_SNAPSHOT_NOT_FOUND' })
  })

  it('loads the newest snapshot into an in-memory graph with nodes, edges and summary', async () => {
    await writeEstate(store, { id: 'snap-1', createdAt: '2026-01-01T00:00:00.000Z' })
    const loaded = await createGraphSource(store).current()
    expect(loaded?.id).toBe('snap-1')
    expect(loaded?.summary.resources.total).toBe(loaded!.graph.nodeCount - 1)
    const vm = loaded!.graph.indexOf(WEB_VM)!
    expect(loaded!.graph.node(vm).insights[0]?.id).toBe('exposed-to-internet')
    expect(loaded!.graph.degree(vm, 'in')).toBe(2)
  })

  it('keeps serving the previous snapshot while a newer one loads, then switches to it', async () => {
    let clock = 0
    const graphs = createGraphSource(store, { checkIntervalMs: 1_000, now: () => clock })
    await writeEstate(store, { id: 'snap-1', createdAt: '2026-01-01T00:00:00.000Z' })
    expect((await graphs.current())?.id).toBe('snap-1')
    await writeEstate(store, { id: 'snap-2', createdAt: '2026-01-02T00:00:00.000Z', extraBuckets: 3 })
    // Within the check interval nothing is asked of the store.
    expect((await graphs.current())?.id).toBe('snap-1')
    clock = 5_000
    expect((await graphs.current())?.id).toBe('snap-1')
    await graphs.refresh()
    expect((await graphs.current())?.id).toBe('snap-2')
    expect(graphs.peek()?.id).toBe('snap-2')
  })

  it('loads an older snapshot by id on demand and reports an unknown id', async () => {
    await writeEstate(store, { id: 'snap-1', createdAt: '2026-01-01T00:00:00.000Z' })
    await writeEstate(store, { id: 'snap-2', createdAt: '2026-01-02T00:00:00.000Z', extraBuckets: 2 })
    const graphs = createGraphSource(store)
    expect((await graphs.get('latest')).id).toBe('snap-2')
    const older = await graphs.get('snap-1')
    expect(older.graph.nodeCount).toBe((await graphs.get('latest')).graph.nodeCount - 2)
    await expect(graphs.get('nope')).rejects.toMatchObject({ code: 'SKY_SNAPSHOT_NOT_FOUND' })
  })

  it('forgets a deleted snapshot and falls back to the one before it', async () => {
    await writeEstate(store, { id: 'snap-1', createdAt: '2026-01-01T00:00:00.000Z' })
    await writeEstate(store, { id: 'snap-2', createdAt: '2026-01-02T00:00:00.000Z' })
    const graphs = createGraphSource(store)
    expect((await graphs.current())?.id).toBe('snap-2')
    await store.deleteSnapshot('snap-2')
    graphs.forget('snap-2')
    expect((await graphs.current())?.id).toBe('snap-1')
  })

  it('shares one load between concurrent requests', async () => {
    await writeEstate(store, { id: 'snap-1', createdAt: '2026-01-01T00:00:00.000Z' })
    const started: string[] = []
    const graphs = createGraphSource(store, { onLoadStart: (id) => started.push(id) })
    const [a, b, c] = await Promise.all([graphs.current(), graphs.get('latest'), graphs.get('snap-1')])
    expect(a).toBe(b)
    expect(b).toBe(c)
    expect(started).toEqual(['snap-1'])
  })
})
