/**
 * @module The API token and audit log tables (migration `auth-tables`), as Kysely sees them. Kept apart
 * from the snapshot tables: they outlive every snapshot and only the server and `skyhound tokens` use them.
 */
import type { StoreColumnTypes, StoreMigration } from './sql-migrations.js'

export interface ApiTokensTable {
  readonly id: string
  readonly name: string
  readonly role: string
  /** Lowercase hex sha256 of the whole token; the secret itself is never stored. */
  readonly hash: string
  readonly created_at: string
  readonly revoked_at: string | null
}

export interface AuditLogTable {
  readonly id: string
  readonly at: string
  readonly actor: string
  readonly role: string | null
  readonly method: string
  readonly path: string
  readonly status: number
  readonly ip: string
  readonly request_id: string
  /** JSON object as text. */
  readonly detail: string
}

/** A type alias, not an interface: Kysely's `withTables` needs an index-compatible shape. */
export type AuthTables = {
  api_tokens: ApiTokensTable
  audit_log: AuditLogTable
}

export function authTables(version: number, t: StoreColumnTypes): StoreMigration {
  return {
    version,
    name: 'auth-tables',
    async up(db) {
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', t.key, (c) => c.primaryKey())
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('role', t.key, (c) => c.notNull())
        .addColumn('hash', t.key, (c) => c.notNull())
        .addColumn('created_at', t.key, (c) => c.notNull())
        .addColumn('revoked_at', t.key)
        .execute()
      await db.schema
        .createTable('audit_log')
        .addColumn('id', t.key, (c) => c.primaryKey())
        .addColumn('at', t.key, (c) => c.notNull())
        .addColumn('actor', t.key, (c) => c.notNull())
        .addColumn('role', t.key)
        .addColumn('method', t.key, (c) => c.notNull())
        .addColumn('path', t.text, (c) => c.notNull())
        .addColumn('status', t.int, (c) => c.notNull())
        .addColumn('ip', t.key, (c) => c.notNull())
        .addColumn('request_id', t.key, (c) => c.notNull())
        .addColumn('detail', t.json, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('audit_log_by_time').on('audit_log').columns(['at', 'id']).execute()
    },
  }
}
