/** @module Streaming an iterable into multi-row INSERTs, one bounded batch alive at a time. */
import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { contentColumns } from './sql-schema.js'
import type { ContentTable, StoreDatabase } from './sql-schema.js'

/** Rows per INSERT: as many as the parameter limit allows, capped by the backend's measured sweet spot. */
export function rowsPerStatement(maxParams: number, maxBatchRows: number, columns: number): number {
  return Math.max(1, Math.min(maxBatchRows, Math.floor(maxParams / columns)))
}

/** `INSERT … VALUES (…), (…)`: one bound parameter per cell. */
export async function insertValues<T extends ContentTable>(
  conn: Kysely<StoreDatabase>,
  table: T,
  rows: readonly StoreDatabase[T][],
): Promise<void> {
  const columns = contentColumns(table)
  const values = rows.map((row) => sql`(${sql.join(columns.map((c) => row[c]))})`)
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(
    conn,
  )
}

/**
 * Pulls `source` lazily, so a million-node iterable never becomes one array; an exception thrown by the
 * iterable propagates unchanged (the caller's transaction rolls back). Returns the number of rows written.
 */
export async function writeInBatches<T, R>(
  source: Iterable<T>,
  size: number,
  toRow: (item: T, seq: number) => R,
  flush: (rows: R[]) => Promise<void>,
): Promise<number> {
  let batch: R[] = []
  let seq = 0
  for (const item of source) {
    batch.push(toRow(item, seq++))
    if (batch.length >= size) {
      await flush(batch)
      batch = []
    }
  }
  if (batch.length > 0) await flush(batch)
  return seq
}
