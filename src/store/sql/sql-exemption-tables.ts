/** @module The exemptions table (migration `exemption-tables`), as Kysely sees it. */
import type { StoreColumnTypes, StoreMigration } from './sql-migrations.js'

export interface ExemptionsTable {
  readonly id: string
  readonly name: string
  readonly category: string
  readonly justification: string
  readonly created_by: string
  readonly created_at: string
  readonly expires_at: string | null
  readonly revoked_at: string | null
  /** JSON object as text. */
  readonly match: string
}

/** A type alias, not an interface: Kysely's `withTables` needs an index-compatible shape. */
export type ExemptionTables = {
  exemptions: ExemptionsTable
}

export function exemptionTables(version: number, t: StoreColumnTypes): StoreMigration {
  return {
    version,
    name: 'exemption-tables',
    async up(db) {
      await db.schema
        .createTable('exemptions')
        .addColumn('id', t.key, (c) => c.primaryKey())
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('category', t.key, (c) => c.notNull())
        .addColumn('justification', t.text, (c) => c.notNull())
        .addColumn('created_by', t.text, (c) => c.notNull())
        .addColumn('created_at', t.key, (c) => c.notNull())
        .addColumn('expires_at', t.key)
        .addColumn('revoked_at', t.key)
        .addColumn('match', t.json, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('exemptions_by_created').on('exemptions').columns(['created_at', 'id']).execute()
    },
  }
}
