/**
 * @module Bulk inserts for SQLite: multi-row `INSERT … VALUES` through prepared statements kept per
 * table, on the raw better-sqlite3 handle that the Kysely connection wraps (the caller holds that
 * connection inside its write transaction). Building and preparing a 500-row statement per batch
 * through the query builder cost ~18% of a 100k-node / 300k-edge write in the store bench.
 */
import type Database from 'better-sqlite3'
import { contentColumns } from '../sql/sql-schema.js'
import type { ContentTable, StoreDatabase } from '../sql/sql-schema.js'

/** SQLITE_MAX_VARIABLE_NUMBER of the bundled SQLite. */
const SQLITE_MAX_PARAMS = 32_766
/** Past this, bigger statements stopped paying off in the store bench. */
const MAX_ROWS_PER_INSERT = 500

export class SqliteBulkInsert {
  /** Full-size statements only; the last, shorter batch of a table is prepared once and dropped. */
  private readonly statements = new Map<ContentTable, Database.Statement>()

  constructor(private readonly raw: Database.Database) {}

  rowsPerInsert(table: ContentTable): number {
    const columns = contentColumns(table).length
    return Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(SQLITE_MAX_PARAMS / columns)))
  }

  insert<T extends ContentTable>(table: T, rows: readonly StoreDatabase[T][]): void {
    if (rows.length === 0) return
    const columns = contentColumns(table)
    const full = rows.length === this.rowsPerInsert(table)
    let statement = full ? this.statements.get(table) : undefined
    if (statement === undefined) {
      const tuple = `(${columns.map(() => '?').join(', ')})`
      const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array<string>(rows.length).fill(tuple).join(', ')}`
      statement = this.raw.prepare(text)
      if (full) this.statements.set(table, statement)
    }
    const params: unknown[] = new Array<unknown>(rows.length * columns.length)
    let k = 0
    for (const row of rows) for (const column of columns) params[k++] = row[column]
    statement.run(params)
  }
}
