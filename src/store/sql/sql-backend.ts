/**
 * @module What a SQL backend tells the shared store: how to start its one write transaction, how to
 * serialize migrations across processes, and its statement limits. Everything else is shared SQL.
 */
import type { Kysely } from 'kysely'
import type { StoreMigration } from './sql-migrations.js'
import type { ContentTable, StoreDatabase } from './sql-schema.js'

export interface SqlBackend {
  readonly name: 'sqlite' | 'postgres'
  /** Printable location with any password removed. */
  readonly location: string
  /** Rows per bulk INSERT into `table` (within the parameter limit; sizes measured by bench-store). */
  rowsPerInsert(table: ContentTable): number
  /** Inserts one batch on the write transaction's connection. */
  insertRows<T extends ContentTable>(conn: Kysely<StoreDatabase>, table: T, rows: readonly StoreDatabase[T][]): Promise<void>
  /** Rows fetched per page by the streaming loaders. */
  readonly pageRows: number
  readonly migrations: readonly StoreMigration[]
  /** Starts the write transaction on a reserved connection; concurrent writers wait here. */
  begin(conn: Kysely<StoreDatabase>): Promise<void>
  /** Runs first inside the migration transaction: takes the cross-process lock, creates the schema. */
  prepareMigrations(conn: Kysely<StoreDatabase>): Promise<void>
  /** Runs after a snapshot write committed, outside its transaction; failures are ignored. */
  afterWrite(db: Kysely<StoreDatabase>): Promise<void>
  /** What the user can do when opening failed with this error. */
  openHint(error: unknown): string
  /** Housekeeping before the connection closes (SQLite `pragma optimize`). */
  beforeClose(db: Kysely<StoreDatabase>): Promise<void>
}
