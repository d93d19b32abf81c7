import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { collect, expectedSnapshot, snapshotContent } from '../helpers/store-snapshots.js'
import { runStoreContract } from './store.contract.js'

async function tempFile(): Promise<{ file: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'skyhound-store-'))
  return { file: join(dir, 'skyhound.db'), remove: () => rm(dir, { recursive: true, force: true }) }
}

runStoreContract('sqlite', async () => {
  const { file, remove } = await tempFile()
  const store = await openStore(file)
  return {
    store,
    openAnother: () => openStore(file),
    cleanup: async () => {
      await store.close()
      await remove()
    },
  }
})

describe('store sqlite', () => {
  it('opens a fresh file from several instances at once, applying the schema once', async () => {
    const { file, remove } = await tempFile()
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(file)))
      const shape = { id: 'snap-x', createdAt: '2026-01-01T00:00:00.000Z', nodes: 10, edges: 5 }
      await stores[0]!.writeSnapshot(snapshotContent(shape))
      for (const store of stores) {
        expect(await collect(store.loadNodes('snap-x'))).toStrictEqual(expectedSnapshot(shape).nodes)
      }
      await Promise.all(stores.map((s) => s.close()))
    } finally {
      await remove()
    }
  })

  it('works in memory with :memory:', async () => {
    const store = await openStore(':memory:')
    const shape = { id: 'snap-m', createdAt: '2026-01-01T00:00:00.000Z', nodes: 20, edges: 30 }
    await store.writeSnapshot(snapshotContent(shape))
    expect(await collect(store.loadEdges('snap-m'))).toStrictEqual(expectedSnapshot(shape).edges)
    expect(store.location).toBe(':memory:')
    await store.close()
  })
})
