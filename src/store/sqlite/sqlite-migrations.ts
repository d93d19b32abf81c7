/** @module The store schema with SQLite column types (text JSON, bytewise `text` keys, WITHOUT ROWID edges). */
import { sql } from 'kysely'
import { storeMigrations } from '../sql/sql-migrations.js'

export const SQLITE_MIGRATIONS = storeMigrations({
  key: 'text',
  text: 'text',
  json: 'text',
  int: 'integer',
  clustered: (table) => table.modifyEnd(sql`without rowid`),
})
