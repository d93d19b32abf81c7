/**
 * The Store contract: one suite every backend must pass (SQLite, PostgreSQL). A backend's test file
 * calls `runStoreContract(name, makeStore)` with a factory that returns a store on a fresh database.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { isSkyhoundError } from '../../src/model/errors.js'
import type { Store } from '../../src/store/store.js'
import {
  collect,
  expectedSnapshot,
  snapshotContent,
  snapshotSummary,
} from '../helpers/store-snapshots.js'
import type { SnapshotShape } from '../helpers/store-snapshots.js'

export interface StoreFixture {
  readonly store: Store
  /** Another, independent Store instance (own connection or pool) on the same database. */
  openAnother(): Promise<Store>
  /** Closes `store` and removes the database. */
  cleanup(): Promise<void>
}

const RICH: SnapshotShape = {
  id: 'snap-rich',
  createdAt: '2026-01-02T03:04:05.000Z',
  nodes: 1_200,
  edges: 3_000,
  findings: 700,
  records: 40,
  issues: 5,
}

function shape(id: string, day: number, nodes = 50, edges = 120): SnapshotShape {
  return { id, createdAt: `2026-02-${String(day).padStart(2, '0')}T00:00:00.000Z`, nodes, edges, findings: 10, records: 4, issues: 2 }
}

async function expectWhole(store: Store, s: SnapshotShape): Promise<void> {
  const expected = expectedSnapshot(s)
  expect(await store.getSnapshot(s.id)).toStrictEqual(expected.summary)
  const nodes = await collect(store.loadNodes(s.id))
  expect(nodes).toStrictEqual(expected.nodes)
  expect(JSON.stringify(nodes)).toBe(JSON.stringify(expected.nodes))
  const edges = await collect(store.loadEdges(s.id))
  expect(edges).toStrictEqual(expected.edges)
  expect(JSON.stringify(edges)).toBe(JSON.stringify(expected.edges))
  expect(await store.loadFindings(s.id)).toStrictEqual(expected.findings)
  expect(await store.loadRecords(s.id, 'attack-path')).toStrictEqual(expected.records['attack-path'])
  expect(await store.loadRecords(s.id, 'score')).toStrictEqual(expected.records.score)
  expect(await store.loadIssues(s.id)).toStrictEqual(expected.issues)
}

async function expectAbsent(store: Store, id: string): Promise<void> {
  expect(await store.getSnapshot(id)).toBeUndefined()
  expect((await store.listSnapshots()).map((s) => s.id)).not.toContain(id)
  expect(await collect(store.loadNodes(id))).toEqual([])
  expect(await collect(store.loadEdges(id))).toEqual([])
  expect(await store.loadFindings(id)).toEqual([])
  expect(await store.loadRecords(id, 'attack-path')).toEqual([])
  expect(await store.loadIssues(id)).toEqual([])
}

export function runStoreContract(name: string, makeStore: () => Promise<StoreFixture>): void {
  describe(`store contract: ${name}`, () => {
    let fixture: StoreFixture | undefined
    const extra: Store[] = []

    async function open(): Promise<Store> {
      fixture = await makeStore()
      return fixture.store
    }
    async function another(): Promise<Store> {
      if (fixture === undefined) throw new Error('open() first')
      const store = await fixture.openAnother()
      extra.push(store)
      return store
    }

    afterEach(async () => {
      for (const store of extra.splice(0)) await store.close()
      await fixture?.cleanup()
      fixture = undefined
    })

    it('round-trips a snapshot: summary, nodes, edges, findings, records and issues load back as written', async () => {
      const store = await open()
      await store.writeSnapshot(snapshotContent(RICH))
      await expectWhole(store, RICH)
      const summary = snapshotSummary(RICH)
      expect(await store.listSnapshots()).toStrictEqual([
        {
          id: RICH.id,
          createdAt: RICH.createdAt,
          resources: summary.resources.total,
          findings: summary.findings.total,
          attackPaths: summary.attackPaths.total,
          issues: summary.issues.length,
        },
      ])
    })

    it('loads nodes by id and edges by from, kind, to across several pages', async () => {
      const store = await open()
      const big = { ...shape('snap-paged', 1, 12_000, 11_000), findings: 0 }
      await store.writeSnapshot(snapshotContent(big))
      const expected = expectedSnapshot(big)
      const nodes = await collect(store.loadNodes(big.id))
      expect(nodes.map((n) => n.id)).toEqual(expected.nodes.map((n) => n.id))
      const edges = await collect(store.loadEdges(big.id))
      expect(edges).toStrictEqual(expected.edges)
    })

    it('omits region on loaded nodes that had none and keeps an empty one', async () => {
      const store = await open()
      const s = shape('snap-region', 1, 6, 0)
      await store.writeSnapshot(snapshotContent(s))
      const nodes = await collect(store.loadNodes(s.id))
      const byIndex = new Map(nodes.map((n) => [Number(n.id.slice(-6)), n]))
      expect('region' in byIndex.get(0)!).toBe(false)
      expect(byIndex.get(1)!.region).toBe('eu-west-1')
      expect(byIndex.get(2)!.region).toBe('')
    })

    it('persists snapshots for another store instance to read', async () => {
      const store = await open()
      await store.writeSnapshot(snapshotContent(RICH))
      const reader = await another()
      await expectWhole(reader, RICH)
    })

    it('lists history newest first, honours the limit and names the latest snapshot', async () => {
      const store = await open()
      expect(await store.listSnapshots()).toEqual([])
      expect(await store.latestSnapshotId()).toBeUndefined()
      for (const [id, day] of [['snap-b', 2], ['snap-c', 3], ['snap-a', 1]] as const) {
        await store.writeSnapshot(snapshotContent(shape(id, day)))
      }
      expect((await store.listSnapshots()).map((s) => s.id)).toEqual(['snap-c', 'snap-b', 'snap-a'])
      expect((await store.listSnapshots({ limit: 2 })).map((s) => s.id)).toEqual(['snap-c', 'snap-b'])
      expect(await store.latestSnapshotId()).toBe('snap-c')
      const [latest] = await store.listSnapshots({ limit: 1 })
      const summary = snapshotSummary(shape('snap-c', 3))
      expect(latest).toStrictEqual({
        id: 'snap-c',
        createdAt: summary.snapshot.createdAt,
        resources: summary.resources.total,
        findings: summary.findings.total,
        attackPaths: summary.attackPaths.total,
        issues: summary.issues.length,
      })
    })

    it('answers undefined, nothing and false for an unknown snapshot id', async () => {
      const store = await open()
      await store.writeSnapshot(snapshotContent(shape('snap-known', 1)))
      await expectAbsent(store, 'snap-unknown')
      expect(await store.loadRecords('snap-unknown', 'score')).toEqual([])
      expect(await store.deleteSnapshot('snap-unknown')).toBe(false)
    })

    it('keeps two snapshots independent: deleting one leaves the other whole', async () => {
      const store = await open()
      const first = shape('snap-1', 1, 300, 900)
      const second = shape('snap-2', 2, 200, 500)
      await store.writeSnapshot(snapshotContent(first))
      await store.writeSnapshot(snapshotContent(second))
      await expectWhole(store, first)
      await expectWhole(store, second)
      expect(await store.deleteSnapshot(first.id)).toBe(true)
      await expectAbsent(store, first.id)
      await expectWhole(store, second)
      expect(await store.latestSnapshotId()).toBe(second.id)
    })

    it('deletes every row of a snapshot, so the same id can be written again', async () => {
      const store = await open()
      const s = shape('snap-again', 1, 700, 1_500)
      await store.writeSnapshot(snapshotContent(s))
      expect(await store.deleteSnapshot(s.id)).toBe(true)
      await expectAbsent(store, s.id)
      expect(await store.deleteSnapshot(s.id)).toBe(false)
      await store.writeSnapshot(snapshotContent(s))
      await expectWhole(store, s)
    })

    it('refuses to overwrite an existing snapshot id and keeps the original', async () => {
      const store = await open()
      const s = shape('snap-dup', 1)
      await store.writeSnapshot(snapshotContent(s))
      const error: unknown = await store.writeSnapshot(snapshotContent({ ...s, nodes: 3 })).catch((e: unknown) => e)
      expect(isSkyhoundError(error) && error.code).toBe('SKY_STORE_FAILURE')
      await expectWhole(store, s)
    })

    it('leaves no trace of a write whose nodes iterable throws midway, and keeps the previous snapshot', async () => {
      const store = await open()
      const previous = shape('snap-prev', 1, 400, 800)
      await store.writeSnapshot(snapshotContent(previous))
      const broken = shape('snap-broken', 2, 5_000, 100)
      const boom = new Error('input went away')
      const failing = snapshotContent(broken, { failAfterNodes: { count: 3_100, error: boom } })

      await expect(store.writeSnapshot(failing)).rejects.toBe(boom)

      await expectAbsent(store, broken.id)
      expect((await store.listSnapshots()).map((s) => s.id)).toEqual([previous.id])
      await expectWhole(store, previous)
      await store.writeSnapshot(snapshotContent(broken))
      await expectWhole(store, broken)
    })

    it('never shows another instance a snapshot that is still being written', async () => {
      const store = await open()
      const reader = await another()
      await store.writeSnapshot(snapshotContent(shape('snap-old', 1)))
      const s = shape('snap-slow', 2, 6_000, 20_000)
      let seen: Promise<[string[], unknown]> | undefined
      const content = snapshotContent(s, {
        onNode: (i) => {
          // Mid-write: earlier batches are inserted, the transaction is open.
          if (i === 2_500) {
            seen = Promise.all([
              reader.listSnapshots().then((l) => l.map((x) => x.id)),
              reader.getSnapshot(s.id),
            ])
          }
        },
      })
      await store.writeSnapshot(content)
      expect(await seen).toEqual([['snap-old'], undefined])
      expect((await reader.listSnapshots()).map((x) => x.id)).toEqual(['snap-slow', 'snap-old'])
    })

    it('serializes concurrent writers on two instances: every snapshot ends complete and uncorrupted', async () => {
      const store = await open()
      const other = await another()
      const shapes = (prefix: string, day: number) =>
        [0, 1, 2, 3].map((k) => shape(`${prefix}-${k}`, day + k, 1_500 + k * 100, 2_000))
      const mine = shapes('snap-a', 1)
      const theirs = shapes('snap-b', 10)
      const writeAll = async (target: Store, list: SnapshotShape[]) => {
        for (const s of list) await target.writeSnapshot(snapshotContent(s))
      }

      await Promise.all([writeAll(store, mine), writeAll(other, theirs)])

      const listed = await store.listSnapshots()
      expect(listed.map((s) => s.id).sort()).toEqual([...mine, ...theirs].map((s) => s.id).sort())
      for (const s of [...mine, ...theirs]) await expectWhole(store, s)
    })
  })
}
