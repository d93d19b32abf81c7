/**
 * @module AuthStore over the shared SQL backends. Reads are plain queries; writes go through the
 * backend's write transaction (`begin`), which on SQLite waits for another writer without blocking the
 * event loop, as snapshot writes do.
 */
import type { Kysely } from 'kysely'
import { SkyhoundError } from '../../model/errors.js'
import type { JsonObject } from '../../model/graph-types.js'
import { isRole } from '../auth-store.js'
import type { ApiTokenRecord, AuditEntry, AuthStore } from '../auth-store.js'
import type { AuthTables } from './sql-auth-tables.js'
import type { SqlBackend } from './sql-backend.js'
import type { StoreDatabase } from './sql-schema.js'
import { storeRead, storeWrite } from './sql-sub-store.js'

type Db = Kysely<StoreDatabase & AuthTables>

function decodeToken(row: AuthTables['api_tokens']): ApiTokenRecord {
  if (!isRole(row.role)) throw new Error(`api_tokens row ${row.id} has unknown role ${row.role}`)
  return { id: row.id, name: row.name, role: row.role, hash: row.hash, createdAt: row.created_at, revokedAt: row.revoked_at }
}

function decodeAudit(row: AuthTables['audit_log']): AuditEntry {
  const role = row.role === null ? null : isRole(row.role) ? row.role : null
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    role,
    method: row.method,
    path: row.path,
    status: Number(row.status),
    ip: row.ip,
    requestId: row.request_id,
    detail: JSON.parse(row.detail) as JsonObject,
  }
}

export class SqlAuthStore implements AuthStore {
  private readonly db: Db

  constructor(
    private readonly base: Kysely<StoreDatabase>,
    private readonly backend: SqlBackend,
  ) {
    this.db = base.withTables<AuthTables>()
  }

  async createToken(token: ApiTokenRecord): Promise<void> {
    await this.write(`create token ${token.id}`, async (conn) => {
      const exists = await conn.selectFrom('api_tokens').select('id').where('id', '=', token.id).executeTakeFirst()
      if (exists !== undefined) {
        throw new SkyhoundError('SKY_STORE_FAILURE', `${this.backend.location}: token id ${token.id} already exists`, {
          where: this.backend.location,
          hint: 'Run the command again: token ids are random.',
        })
      }
      await conn
        .insertInto('api_tokens')
        .values({
          id: token.id,
          name: token.name,
          role: token.role,
          hash: token.hash,
          created_at: token.createdAt,
          revoked_at: token.revokedAt,
        })
        .execute()
    })
  }

  async findToken(id: string): Promise<ApiTokenRecord | undefined> {
    const row = await this.read(`read token ${id}`, () =>
      this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst(),
    )
    return row === undefined ? undefined : decodeToken(row)
  }

  async listTokens(): Promise<ApiTokenRecord[]> {
    const rows = await this.read('list tokens', () =>
      this.db.selectFrom('api_tokens').selectAll().orderBy('created_at').orderBy('id').execute(),
    )
    return rows.map(decodeToken)
  }

  async revokeToken(id: string, at: string): Promise<boolean> {
    return this.write(`revoke token ${id}`, async (conn) => {
      const result = await conn
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    })
  }

  async countActiveTokens(): Promise<number> {
    const row = await this.read('count tokens', () =>
      this.db
        .selectFrom('api_tokens')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('revoked_at', 'is', null)
        .executeTakeFirst(),
    )
    return Number(row?.n ?? 0)
  }

  async appendAudit(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return
    await this.write('append audit log', async (conn) => {
      await conn
        .insertInto('audit_log')
        .values(
          entries.map((e) => ({
            id: e.id,
            at: e.at,
            actor: e.actor,
            role: e.role,
            method: e.method,
            path: e.path,
            status: e.status,
            ip: e.ip,
            request_id: e.requestId,
            detail: JSON.stringify(e.detail),
          })),
        )
        .execute()
    })
  }

  async listAudit(options: { readonly limit: number; readonly before?: string }): Promise<AuditEntry[]> {
    const rows = await this.read('list audit log', async () => {
      let query = this.db.selectFrom('audit_log').selectAll()
      if (options.before !== undefined) {
        const anchor = await this.db.selectFrom('audit_log').select(['at', 'id']).where('id', '=', options.before).executeTakeFirst()
        if (anchor === undefined) return []
        query = query.where((eb) => eb(eb.refTuple('at', 'id'), '<', eb.tuple(anchor.at, anchor.id)))
      }
      return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(Math.max(0, Math.floor(options.limit))).execute()
    })
    return rows.map(decodeAudit)
  }

  private read<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return storeRead(this.backend, operation, call)
  }

  private write<T>(operation: string, work: (conn: Db) => Promise<T>): Promise<T> {
    return storeWrite(this.base, this.backend, operation, (conn) => work(conn.withTables<AuthTables>()))
  }
}
