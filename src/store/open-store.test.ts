import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { isSkyhoundError } from '../model/errors.js'
import type { SkyhoundError } from '../model/errors.js'
import { openStore } from './open-store.js'
import { SQLITE_MIGRATIONS } from './sqlite/index.js'

async function openError(location?: string): Promise<SkyhoundError> {
  const error: unknown = await openStore(location).then(
    async (store) => {
      await store.close()
      return new Error(`opened ${location ?? 'the default store'}`)
    },
    (e: unknown) => e,
  )
  if (!isSkyhoundError(error)) throw error
  return error
}

describe('store/open-store', () => {
  let dir: string
  const cwd = process.cwd()

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skyhound-open-'))
  })
  afterEach(async () => {
    process.chdir(cwd)
    vi.unstubAllEnvs()
    await rm(dir, { recursive: true, force: true })
  })

  it('opens the default location under $XDG_DATA_HOME, creating the folder, until ./skyhound.db exists', async () => {
    const work = join(dir, 'work')
    const xdg = join(dir, 'xdg')
    await mkdir(work)
    process.chdir(work)
    vi.stubEnv('XDG_DATA_HOME', xdg)

    const first = await openStore()
    expect(first.backend).toBe('sqlite')
    expect(first.location).toBe(join(xdg, 'skyhound', 'skyhound.db'))
    await first.close()
    expect(existsSync(join(xdg, 'skyhound', 'skyhound.db'))).toBe(true)

    const local = await openStore('skyhound.db')
    await local.close()
    const second = await openStore()
    expect(second.location).toBe(join(work, 'skyhound.db'))
    await second.close()
  })

  it('creates missing folders for an explicit SQLite path', async () => {
    const store = await openStore(join(dir, 'a', 'b', 'sky.db'))
    expect(store.location).toBe(join(dir, 'a', 'b', 'sky.db'))
    await store.close()
  })

  it('applies migrations once however often the file is opened', async () => {
    const file = join(dir, 'sky.db')
    for (let i = 0; i < 3; i++) await (await openStore(file)).close()
    const raw = new Database(file, { readonly: true })
    expect(raw.prepare('select version, name from schema_migrations order by version').all()).toEqual(
      SQLITE_MIGRATIONS.map((m) => ({ version: m.version, name: m.name })),
    )
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
    raw.close()
  })

  it('fails with SKY_STORE_URL for a path that cannot be written', async () => {
    const blocker = join(dir, 'plain-file')
    await writeFile(blocker, 'not a folder')
    const error = await openError(join(blocker, 'sky.db'))
    expect(error.code).toBe('SKY_STORE_URL')
    expect(error.message).toMatch(/^cannot open the store at .*plain-file\/sky\.db: /)
    expect(error.message).not.toContain('\n')
    expect(error.hint).toContain('writable')
  })

  it('fails with SKY_STORE_URL for a file that is not a SQLite database', async () => {
    const file = join(dir, 'notes.txt')
    await writeFile(file, 'x'.repeat(4096))
    const error = await openError(file)
    expect(error.code).toBe('SKY_STORE_URL')
    expect(error.message).toContain('notes.txt')
    expect(error.hint).toContain('not a Skyhound SQLite database')
  })

  it('fails with SKY_STORE_URL naming an unreachable server without its password', async () => {
    const error = await openError('postgresql://sky:hunter2@127.0.0.1:1/posture')
    expect(error.code).toBe('SKY_STORE_URL')
    expect(error.message).toMatch(/^cannot open the store at postgresql:\/\/sky@127\.0\.0\.1:1\/posture: /)
    expect(`${error.message} ${error.hint ?? ''} ${error.where ?? ''}`).not.toContain('hunter2')
    expect(error.hint).toContain('127.0.0.1:1')
  })

  it('fails with SKY_STORE_URL for a malformed PostgreSQL URL', async () => {
    const error = await openError('postgresql://sky:hunter2@db:notaport/x')
    expect(error.code).toBe('SKY_STORE_URL')
    expect(error.message).not.toContain('hunter2')
  })

  it('refuses with SKY_STORE_SCHEMA a database written by a newer schema version', async () => {
    const file = join(dir, 'sky.db')
    await (await openStore(file)).close()
    const raw = new Database(file)
    raw.prepare("insert into schema_migrations values (99, 'from-the-future', '2030-01-01')").run()
    raw.close()
    const error = await openError(file)
    expect(error.code).toBe('SKY_STORE_SCHEMA')
    const latest = SQLITE_MIGRATIONS.at(-1)?.version
    expect(error.message).toBe(`${file} has store schema version 99; this Skyhound understands up to version ${latest}`)
    expect(error.hint).toContain('Upgrade Skyhound')
  })
})
