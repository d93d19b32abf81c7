/** @module NotificationStore over the shared SQL backends (the same read/write discipline as SqlExemptionStore). */
import type { Kysely } from 'kysely'
import { isNotificationKind } from '../../governance/notify/notification-kind.js'
import type { NotificationFilter, NotificationKey, NotificationRecord, NotificationStore } from '../notification-store.js'
import type { SqlBackend } from './sql-backend.js'
import type { NotificationTables } from './sql-notification-tables.js'
import type { StoreDatabase } from './sql-schema.js'
import { storeRead, storeWrite } from './sql-sub-store.js'

type Db = Kysely<StoreDatabase & NotificationTables>

function decode(row: NotificationTables['notifications']): NotificationRecord {
  if (!isNotificationKind(row.kind)) throw new Error(`notifications row ${row.recipient} ${row.period} has unknown kind ${row.kind}`)
  return { kind: row.kind, recipient: row.recipient, period: row.period, sentAt: row.sent_at, messageId: row.message_id, tasks: Number(row.tasks) }
}

export class SqlNotificationStore implements NotificationStore {
  private readonly db: Db

  constructor(
    private readonly base: Kysely<StoreDatabase>,
    private readonly backend: SqlBackend,
  ) {
    this.db = base.withTables<NotificationTables>()
  }

  async recordSent(record: NotificationRecord): Promise<boolean> {
    return this.write(`record notification ${record.kind} to ${record.recipient} for ${record.period}`, async (conn) => {
      // One statement against the primary key, so two concurrent runs cannot both take the key.
      const result = await conn
        .insertInto('notifications')
        .values({ kind: record.kind, recipient: record.recipient, period: record.period, sent_at: record.sentAt, message_id: record.messageId, tasks: record.tasks })
        .onConflict((oc) => oc.columns(['kind', 'recipient', 'period']).doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1
    })
  }

  async confirmSent(key: NotificationKey, messageId: string): Promise<void> {
    await this.write(`confirm notification ${key.kind} to ${key.recipient} for ${key.period}`, (conn) =>
      conn
        .updateTable('notifications')
        .set({ message_id: messageId })
        .where('kind', '=', key.kind)
        .where('recipient', '=', key.recipient)
        .where('period', '=', key.period)
        .execute(),
    )
  }

  async releaseClaim(key: NotificationKey): Promise<void> {
    await this.write(`release notification claim ${key.kind} to ${key.recipient} for ${key.period}`, (conn) =>
      conn
        .deleteFrom('notifications')
        .where('kind', '=', key.kind)
        .where('recipient', '=', key.recipient)
        .where('period', '=', key.period)
        .where('message_id', 'is', null)
        .execute(),
    )
  }

  async listSent(filter: NotificationFilter = {}): Promise<NotificationRecord[]> {
    const rows = await this.read('list notifications', () => {
      let query = this.db.selectFrom('notifications').selectAll()
      if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind)
      if (filter.recipient !== undefined) query = query.where('recipient', '=', filter.recipient)
      if (filter.period !== undefined) query = query.where('period', '=', filter.period)
      return query.orderBy('kind').orderBy('recipient').orderBy('period').execute()
    })
    return rows.map(decode)
  }

  private read<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return storeRead(this.backend, operation, call)
  }

  private write<T>(operation: string, work: (conn: Db) => Promise<T>): Promise<T> {
    return storeWrite(this.base, this.backend, operation, (conn) => work(conn.withTables<NotificationTables>()))
  }
}
