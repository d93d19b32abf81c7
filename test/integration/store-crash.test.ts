import { spawn } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { collect, expectedSnapshot, snapshotContent } from '../helpers/store-snapshots.js'
import type { SnapshotShape } from '../helpers/store-snapshots.js'
import { PG_SKIP_TITLE, PG_URL, createTestSchema } from '../helpers/store-postgres.js'

const WRITER = join(import.meta.dirname, '..', 'helpers', 'store-writer.ts')
const REPO = join(import.meta.dirname, '..', '..')
const TABLES = ['nodes', 'edges', 'findings', 'records', 'issues'] as const

interface Exit {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the writer child; with `killWhenInside`, SIGKILLs it as soon as it reports being inside the write. */
function runWriter(
  location: string,
  id: string,
  nodes: number,
  edges: number,
  kill: { readonly atNode: number } | undefined,
): Promise<Exit> {
  const args = [WRITER, location, id, String(nodes), String(edges), String(kill?.atNode ?? 2_500)]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (kill !== undefined && stdout.includes('inside-write\n')) child.kill('SIGKILL')
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

const PREVIOUS: SnapshotShape = {
  id: 'snap-previous',
  createdAt: '2026-03-01T00:00:00.000Z',
  nodes: 800,
  edges: 1_600,
  findings: 50,
  records: 6,
  issues: 3,
}

interface Backend {
  /** Location for the store (file path or URL). */
  readonly location: string
  /** Where the killed writer's node should be when it is killed (late enough for SQLite to spill to the WAL). */
  readonly killAtNode: number
  /** Checks on the files right after the kill, before anything reopens them. */
  afterKill(): Promise<void>
  /** Rows of `table` that belong to snapshot `id`, counted with a raw connection (bypassing the store). */
  rowsOf(table: string, id: string): Promise<number>
  dispose(): Promise<void>
}

async function expectPreviousIntact(location: string): Promise<void> {
  const store = await openStore(location)
  try {
    const expected = expectedSnapshot(PREVIOUS)
    expect((await store.listSnapshots()).map((s) => s.id)).toEqual([PREVIOUS.id])
    expect(await store.latestSnapshotId()).toBe(PREVIOUS.id)
    expect(await store.getSnapshot(PREVIOUS.id)).toStrictEqual(expected.summary)
    expect(await collect(store.loadNodes(PREVIOUS.id))).toStrictEqual(expected.nodes)
    expect(await collect(store.loadEdges(PREVIOUS.id))).toStrictEqual(expected.edges)
    expect(await store.loadFindings(PREVIOUS.id)).toStrictEqual(expected.findings)
    expect(await store.getSnapshot('snap-killed')).toBeUndefined()
    expect(await collect(store.loadNodes('snap-killed'))).toEqual([])
  } finally {
    await store.close()
  }
}

function crashSuite(name: string, make: () => Promise<Backend>): void {
  describe(`store crash: ${name}`, () => {
    it('keeps the previous snapshot intact and shows nothing of a writer killed with SIGKILL mid-write', async () => {
      // Arrange
      const backend = await make()
      try {
        const before = await openStore(backend.location)
        await before.writeSnapshot(snapshotContent(PREVIOUS))
        await before.close()

        // Act
        const exit = await runWriter(backend.location, 'snap-killed', 200_000, 0, { atNode: backend.killAtNode })
        await backend.afterKill()

        // Assert
        expect(exit.stderr).toBe('')
        expect(exit.signal).toBe('SIGKILL')
        expect(exit.stdout).toBe('inside-write\n')
        await expectPreviousIntact(backend.location)
        for (const table of TABLES) expect(await backend.rowsOf(table, 'snap-killed')).toBe(0)
        expect(await backend.rowsOf('snapshots', 'snap-killed')).toBe(0)
        // The dead writer's lock is gone: the next write goes through.
        const after = await openStore(backend.location)
        await after.writeSnapshot(snapshotContent({ ...PREVIOUS, id: 'snap-after', createdAt: '2026-03-02T00:00:00.000Z' }))
        expect((await after.listSnapshots()).map((s) => s.id)).toEqual(['snap-after', PREVIOUS.id])
        await after.close()
      } finally {
        await backend.dispose()
      }
    }, 180_000)

    it('lets several processes open a fresh database and write at the same time', async () => {
      // Arrange
      const backend = await make()
      try {
        const ids = ['snap-p0', 'snap-p1', 'snap-p2', 'snap-p3']

        // Act
        const exits = await Promise.all(ids.map((id) => runWriter(backend.location, id, 20_000, 20_000, undefined)))

        // Assert
        for (const exit of exits) expect(exit).toMatchObject({ code: 0, stderr: '', stdout: 'inside-write\ndone\n' })
        const store = await openStore(backend.location)
        try {
          expect((await store.listSnapshots()).map((s) => s.id).sort()).toEqual(ids)
          for (const id of ids) {
            const expected = expectedSnapshot({ id, createdAt: '', nodes: 20_000, edges: 20_000 })
            expect((await collect(store.loadNodes(id))).map((n) => n.id)).toEqual(expected.nodes.map((n) => n.id))
            expect(await collect(store.loadEdges(id))).toStrictEqual(expected.edges)
          }
        } finally {
          await store.close()
        }
      } finally {
        await backend.dispose()
      }
    }, 180_000)
  })
}

crashSuite('sqlite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'skyhound-crash-'))
  const file = join(dir, 'skyhound.db')
  return {
    location: file,
    killAtNode: 150_000,
    afterKill: async () => {
      // Uncommitted pages spilled from the 64 MiB cache are in the WAL: recovery must ignore them.
      expect((await stat(`${file}-wal`)).size).toBeGreaterThan(16 * 1024 * 1024)
    },
    rowsOf: (table, id) => {
      const raw = new Database(file, { readonly: true })
      try {
        const column = table === 'snapshots' ? 'id' : 'snapshot_id'
        const row = raw.prepare(`select count(*) as n from ${table} where ${column} = ?`).get(id) as { n: number }
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok')
        return Promise.resolve(row.n)
      } finally {
        raw.close()
      }
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  }
})

if (PG_URL === undefined) {
  describe.skip(`store crash: postgres — ${PG_SKIP_TITLE.replace('store contract', 'store crash test')}`, () => {
    it('keeps the previous snapshot intact after a killed writer', () => undefined)
    it('lets several processes write at the same time', () => undefined)
  })
} else {
  const baseUrl = PG_URL
  crashSuite('postgres', async () => {
    const schema = await createTestSchema(baseUrl)
    return {
      location: schema.url,
      killAtNode: 50_000,
      afterKill: () => Promise.resolve(),
      rowsOf: async (table, id) => {
        const column = table === 'snapshots' ? 'id' : 'snapshot_id'
        const result = await schema.query(`select count(*)::int as n from ${table} where ${column} = $1`, [id])
        return (result.rows[0] as { n: number }).n
      },
      dispose: () => schema.drop(),
    }
  })
}
