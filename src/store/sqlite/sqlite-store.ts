/**
 * @module The SQLite backend (better-sqlite3): one file in WAL mode, so readers never wait for the
 * writer and a killed writer leaves only uncommitted WAL frames, which SQLite ignores.
 *
 * Writers serialize on `BEGIN IMMEDIATE`. better-sqlite3 is synchronous, so SQLite's own busy_timeout
 * would block the event loop while waiting; two Store instances in one process would then deadlock
 * (the holder can never reach COMMIT). The write lock is therefore taken with busy_timeout 0 and retried
 * on a timer; busy_timeout stays on for every other statement.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { SkyhoundError } from '../../model/errors.js'
import type { Store } from '../store.js'
import type { SqlBackend } from '../sql/sql-backend.js'
import type { StoreDatabase } from '../sql/sql-schema.js'
import { SqlStore } from '../sql/sql-store.js'
import { errorCode, storeOpenError } from '../sql/store-errors.js'
import { SqliteBulkInsert } from './sqlite-bulk-insert.js'
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js'

export interface SqliteStoreOptions {
  /** File path, or `:memory:` for a private in-memory database. */
  readonly file: string
  /** Printed in messages; defaults to `file`. */
  readonly location?: string
  /** SQLite busy_timeout for ordinary statements (ms). */
  readonly busyTimeoutMs?: number
  /** How long a writer waits for another writer's transaction to end (ms). */
  readonly writeLockTimeoutMs?: number
}

const DEFAULT_BUSY_TIMEOUT_MS = 5_000
const DEFAULT_WRITE_LOCK_TIMEOUT_MS = 10 * 60_000

const OPEN_HINT = 'Check that the folder exists and is writable, or pass --db with another file path.'

export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const { file } = options
  const location = options.location ?? file
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS
  const lockTimeoutMs = options.writeLockTimeoutMs ?? DEFAULT_WRITE_LOCK_TIMEOUT_MS

  let database: Database.Database | undefined
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
    database = new Database(file, { timeout: busyTimeoutMs })
    database.pragma('journal_mode = WAL')
    // NORMAL in WAL mode: a process crash never loses a commit; a power cut may lose the last one.
    database.pragma('synchronous = NORMAL')
    database.pragma('cache_size = -65536')
  } catch (error) {
    database?.close()
    throw storeOpenError(location, error, sqliteOpenHint(error))
  }
  const raw = database
  const db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: raw }) })

  const bulk = new SqliteBulkInsert(raw)
  const backend: SqlBackend = {
    name: 'sqlite',
    location,
    rowsPerInsert: (table) => bulk.rowsPerInsert(table),
    // The executor turns a synchronous driver error into a rejection.
    insertRows: (_conn, table, rows) => new Promise<void>((resolve) => resolve(bulk.insert(table, rows))),
    pageRows: 5_000,
    migrations: SQLITE_MIGRATIONS,
    begin: (conn) => beginImmediate(conn, raw, location, busyTimeoutMs, lockTimeoutMs),
    // BEGIN IMMEDIATE already holds the database's single write lock.
    prepareMigrations: () => Promise.resolve(),
    // SQLite's planner picks the key-ordered index for the paged loads without statistics.
    afterWrite: () => Promise.resolve(),
    openHint: sqliteOpenHint,
    beforeClose: async (conn) => {
      await sql`pragma optimize`.execute(conn)
    },
  }
  return SqlStore.open(db, backend)
}

async function beginImmediate(
  conn: Kysely<StoreDatabase>,
  raw: Database.Database,
  location: string,
  busyTimeoutMs: number,
  lockTimeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + lockTimeoutMs
  let pauseMs = 2
  raw.pragma('busy_timeout = 0')
  try {
    for (;;) {
      try {
        await sql`begin immediate`.execute(conn)
        return
      } catch (error) {
        if (errorCode(error) !== 'SQLITE_BUSY') throw error
        if (Date.now() >= deadline) {
          throw new SkyhoundError(
            'SKY_STORE_FAILURE',
            `${location}: another writer held the database for more than ${Math.round(lockTimeoutMs / 1000)} s`,
            { where: location, cause: error, hint: 'Another Skyhound process is writing; retry when it has finished.' },
          )
        }
      }
      // Jitter so that several waiting writers do not retry in lockstep.
      await sleep(pauseMs * (0.5 + Math.random()))
      pauseMs = Math.min(pauseMs * 2, 50)
    }
  } finally {
    raw.pragma(`busy_timeout = ${busyTimeoutMs}`)
  }
}

function sqliteOpenHint(error: unknown): string {
  const code = errorCode(error)
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return 'The file is not a Skyhound SQLite database; pass --db with another file path.'
  }
  return OPEN_HINT
}
