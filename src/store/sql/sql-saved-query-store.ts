/** @module SavedQueryStore over the shared SQL backends (the same read/write discipline as SqlAuthStore). */
import type { Kysely } from 'kysely'
import { SkyhoundError } from '../../model/errors.js'
import type { JsonObject } from '../../model/graph-types.js'
import type { SavedQueryRecord, SavedQueryStore } from '../saved-query-store.js'
import type { SqlBackend } from './sql-backend.js'
import type { SavedQueryTables } from './sql-saved-query-tables.js'
import type { StoreDatabase } from './sql-schema.js'
import { storeRead, storeWrite } from './sql-sub-store.js'

type Db = Kysely<StoreDatabase & SavedQueryTables>

function decode(row: SavedQueryTables['saved_queries']): SavedQueryRecord {
  return {
    name: row.name,
    owner: row.owner,
    description: row.description,
    query: JSON.parse(row.query) as JsonObject,
    text: row.text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export class SqlSavedQueryStore implements SavedQueryStore {
  private readonly db: Db

  constructor(
    private readonly base: Kysely<StoreDatabase>,
    private readonly backend: SqlBackend,
  ) {
    this.db = base.withTables<SavedQueryTables>()
  }

  async saveQuery(record: SavedQueryRecord, options: { readonly replace?: boolean } = {}): Promise<void> {
    await this.write(`save query ${record.name}`, async (conn) => {
      const existing = await conn.selectFrom('saved_queries').select(['name', 'created_at']).where('name', '=', record.name).executeTakeFirst()
      if (existing !== undefined && options.replace !== true) {
        throw new SkyhoundError('SKY_STORE_FAILURE', `${this.backend.location}: a saved query named ${record.name} already exists`, {
          where: this.backend.location,
          hint: 'Choose another name, or replace it (`skyhound explore save --replace`).',
        })
      }
      const values = {
        owner: record.owner,
        description: record.description,
        query: JSON.stringify(record.query),
        text: record.text,
        updated_at: record.updatedAt,
      }
      if (existing === undefined) {
        await conn.insertInto('saved_queries').values({ name: record.name, created_at: record.createdAt, ...values }).execute()
      } else {
        await conn.updateTable('saved_queries').set(values).where('name', '=', record.name).execute()
      }
    })
  }

  async getQuery(name: string): Promise<SavedQueryRecord | undefined> {
    const row = await this.read(`read saved query ${name}`, () => this.db.selectFrom('saved_queries').selectAll().where('name', '=', name).executeTakeFirst())
    return row === undefined ? undefined : decode(row)
  }

  async listQueries(options: { readonly owner?: string } = {}): Promise<SavedQueryRecord[]> {
    const rows = await this.read('list saved queries', () => {
      let query = this.db.selectFrom('saved_queries').selectAll().orderBy('name')
      if (options.owner !== undefined) query = query.where('owner', '=', options.owner)
      return query.execute()
    })
    return rows.map(decode)
  }

  async deleteQuery(name: string): Promise<boolean> {
    return this.write(`delete saved query ${name}`, async (conn) => {
      const result = await conn.deleteFrom('saved_queries').where('name', '=', name).executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    })
  }

  private read<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return storeRead(this.backend, operation, call)
  }

  private write<T>(operation: string, work: (conn: Db) => Promise<T>): Promise<T> {
    return storeWrite(this.base, this.backend, operation, (conn) => work(conn.withTables<SavedQueryTables>()))
  }
}
