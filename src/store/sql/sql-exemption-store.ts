/** @module ExemptionStore over the shared SQL backends (the same read/write discipline as SqlAuthStore). */
import type { Kysely } from 'kysely'
import { SkyhoundError } from '../../model/errors.js'
import type { JsonObject } from '../../model/graph-types.js'
import { isExemptionCategory } from '../exemption-store.js'
import type { ExemptionRecord, ExemptionStore } from '../exemption-store.js'
import type { ExemptionTables } from './sql-exemption-tables.js'
import type { SqlBackend } from './sql-backend.js'
import type { StoreDatabase } from './sql-schema.js'
import { storeRead, storeWrite } from './sql-sub-store.js'

type Db = Kysely<StoreDatabase & ExemptionTables>

function decode(row: ExemptionTables['exemptions']): ExemptionRecord {
  if (!isExemptionCategory(row.category)) throw new Error(`exemptions row ${row.id} has unknown category ${row.category}`)
  return {
    id: row.id,
    name: row.name,
    category: row.category,
    justification: row.justification,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    match: JSON.parse(row.match) as JsonObject,
  }
}

export class SqlExemptionStore implements ExemptionStore {
  private readonly db: Db

  constructor(
    private readonly base: Kysely<StoreDatabase>,
    private readonly backend: SqlBackend,
  ) {
    this.db = base.withTables<ExemptionTables>()
  }

  async createExemption(exemption: ExemptionRecord): Promise<void> {
    await this.write(`create exemption ${exemption.id}`, async (conn) => {
      const exists = await conn.selectFrom('exemptions').select('id').where('id', '=', exemption.id).executeTakeFirst()
      if (exists !== undefined) {
        throw new SkyhoundError('SKY_STORE_FAILURE', `${this.backend.location}: exemption id ${exemption.id} already exists`, {
          where: this.backend.location,
          hint: 'Run the command again: exemption ids are random.',
        })
      }
      await conn
        .insertInto('exemptions')
        .values({
          id: exemption.id,
          name: exemption.name,
          category: exemption.category,
          justification: exemption.justification,
          created_by: exemption.createdBy,
          created_at: exemption.createdAt,
          expires_at: exemption.expiresAt,
          revoked_at: exemption.revokedAt,
          match: JSON.stringify(exemption.match),
        })
        .execute()
    })
  }

  async getExemption(id: string): Promise<ExemptionRecord | undefined> {
    const row = await this.read(`read exemption ${id}`, () => this.db.selectFrom('exemptions').selectAll().where('id', '=', id).executeTakeFirst())
    return row === undefined ? undefined : decode(row)
  }

  async listExemptions(): Promise<ExemptionRecord[]> {
    const rows = await this.read('list exemptions', () => this.db.selectFrom('exemptions').selectAll().orderBy('created_at').orderBy('id').execute())
    return rows.map(decode)
  }

  async revokeExemption(id: string, at: string): Promise<boolean> {
    return this.write(`revoke exemption ${id}`, async (conn) => {
      const result = await conn.updateTable('exemptions').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    })
  }

  private read<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return storeRead(this.backend, operation, call)
  }

  private write<T>(operation: string, work: (conn: Db) => Promise<T>): Promise<T> {
    return storeWrite(this.base, this.backend, operation, (conn) => work(conn.withTables<ExemptionTables>()))
  }
}
