/** @module The saved explorer queries table (migration `saved-query-tables`), as Kysely sees it. */
import type { StoreColumnTypes, StoreMigration } from './sql-migrations.js'

export interface SavedQueriesTable {
  readonly name: string
  readonly owner: string
  readonly description: string
  /** Query AST as JSON text. */
  readonly query: string
  readonly text: string
  readonly created_at: string
  readonly updated_at: string
}

/** A type alias, not an interface: Kysely's `withTables` needs an index-compatible shape. */
export type SavedQueryTables = {
  saved_queries: SavedQueriesTable
}

export function savedQueryTables(version: number, t: StoreColumnTypes): StoreMigration {
  return {
    version,
    name: 'saved-query-tables',
    async up(db) {
      await db.schema
        .createTable('saved_queries')
        .addColumn('name', t.key, (c) => c.primaryKey())
        .addColumn('owner', t.key, (c) => c.notNull())
        .addColumn('description', t.text, (c) => c.notNull())
        .addColumn('query', t.json, (c) => c.notNull())
        .addColumn('text', t.text, (c) => c.notNull())
        .addColumn('created_at', t.key, (c) => c.notNull())
        .addColumn('updated_at', t.key, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('saved_queries_by_owner').on('saved_queries').columns(['owner', 'name']).execute()
    },
  }
}
