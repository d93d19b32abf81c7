/**
 * @module Applies the backend's migrations on open. Our own `schema_migrations` table rather than
 * Kysely's Migrator: the version check (a newer database refuses to open) and the cross-process lock
 * (SQLite `BEGIN IMMEDIATE`, PostgreSQL advisory lock) then go through the same write path as snapshots.
 */
import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { SkyhoundError } from '../../model/errors.js'
import type { SqlBackend } from './sql-backend.js'
import { errorCode } from './store-errors.js'
import type { StoreDatabase } from './sql-schema.js'

export function latestVersion(backend: SqlBackend): number {
  return backend.migrations.reduce((max, m) => Math.max(max, m.version), 0)
}

/** Highest applied version, or 0 when the table does not exist yet (a fresh database). */
async function appliedVersion(db: Kysely<StoreDatabase>): Promise<number> {
  try {
    const row = await db
      .selectFrom('schema_migrations')
      .select((eb) => eb.fn.max('version').as('version'))
      .executeTakeFirst()
    return Number(row?.version ?? 0)
  } catch (error) {
    if (isMissingTable(error)) return 0
    throw error
  }
}

function isMissingTable(error: unknown): boolean {
  // PostgreSQL undefined_table; SQLite reports it only in the message.
  return errorCode(error) === '42P01' || (error instanceof Error && error.message.includes('no such table'))
}

function checkNotNewer(backend: SqlBackend, found: number): void {
  const latest = latestVersion(backend)
  if (found > latest) {
    throw new SkyhoundError(
      'SKY_STORE_SCHEMA',
      `${backend.location} has store schema version ${found}; this Skyhound understands up to version ${latest}`,
      {
        where: backend.location,
        hint: 'Upgrade Skyhound to the version that wrote this database, or pass --db pointing at another one.',
      },
    )
  }
}

/** Idempotent; two processes opening a fresh database at once apply each migration exactly once. */
export async function migrate(db: Kysely<StoreDatabase>, backend: SqlBackend): Promise<void> {
  const latest = latestVersion(backend)
  const seen = await appliedVersion(db)
  checkNotNewer(backend, seen)
  if (seen === latest) return

  await db.connection().execute(async (conn) => {
    await backend.begin(conn)
    try {
      await backend.prepareMigrations(conn)
      await conn.schema
        .createTable('schema_migrations')
        .ifNotExists()
        .addColumn('version', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .execute()
      const rows = await conn.selectFrom('schema_migrations').select('version').execute()
      const applied = new Set(rows.map((r) => Number(r.version)))
      checkNotNewer(backend, Math.max(0, ...applied))
      for (const migration of backend.migrations) {
        if (applied.has(migration.version)) continue
        await migration.up(conn)
        await conn
          .insertInto('schema_migrations')
          .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
          .execute()
      }
      await sql`commit`.execute(conn)
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined)
      throw error
    }
  })
}
