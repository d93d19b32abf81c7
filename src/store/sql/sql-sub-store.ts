/**
 * @module What every store beside the snapshot tables (auth, exemptions, saved queries, governance,
 * notifications) does around its queries: a read that fails names the store and operation, and a write is
 * one transaction on a reserved connection whose errors roll back and propagate.
 */
import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import type { SqlBackend } from './sql-backend.js'
import type { StoreDatabase } from './sql-schema.js'
import { storeFailure } from './store-errors.js'

export async function storeRead<T>(backend: SqlBackend, operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw storeFailure(backend.location, operation, error)
  }
}

export async function storeWrite<T>(
  base: Kysely<StoreDatabase>,
  backend: SqlBackend,
  operation: string,
  work: (conn: Kysely<StoreDatabase>) => Promise<T>,
): Promise<T> {
  try {
    return await base.connection().execute(async (conn) => {
      await backend.begin(conn)
      try {
        const result = await work(conn)
        await sql`commit`.execute(conn)
        return result
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined)
        throw error
      }
    })
  } catch (error) {
    throw storeFailure(backend.location, operation, error)
  }
}
