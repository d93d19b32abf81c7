/**
 * @module The store schema with PostgreSQL column types. Keys use `collate "C"` so that ORDER BY and
 * keyset paging compare bytes, as SQLite does, whatever the database's default collation; JSON is
 * `json` (not `jsonb`) because it keeps the text as written, key order included.
 */
import { sql } from 'kysely'
import { storeMigrations } from '../sql/sql-migrations.js'

export const POSTGRES_MIGRATIONS = storeMigrations({
  key: sql`text collate "C"`,
  text: 'text',
  json: 'json',
  int: 'integer',
})
