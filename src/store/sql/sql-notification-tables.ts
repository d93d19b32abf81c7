/** @module The notification log table (migration `notification-tables`), as Kysely sees it. */
import type { StoreColumnTypes, StoreMigration } from './sql-migrations.js'

export interface NotificationsTable {
  readonly kind: string
  readonly recipient: string
  readonly period: string
  readonly sent_at: string
  readonly message_id: string | null
  readonly tasks: number
}

/** A type alias, not an interface: Kysely's `withTables` needs an index-compatible shape. */
export type NotificationTables = {
  notifications: NotificationsTable
}

export function notificationTables(version: number, t: StoreColumnTypes): StoreMigration {
  return {
    version,
    name: 'notification-tables',
    async up(db) {
      await db.schema
        .createTable('notifications')
        .addColumn('kind', t.key, (c) => c.notNull())
        .addColumn('recipient', t.key, (c) => c.notNull())
        .addColumn('period', t.key, (c) => c.notNull())
        .addColumn('sent_at', t.key, (c) => c.notNull())
        .addColumn('message_id', t.text)
        .addColumn('tasks', t.int, (c) => c.notNull())
        // The de-duplication key: one notification of a kind per recipient and period.
        .addPrimaryKeyConstraint('notifications_pk', ['kind', 'recipient', 'period'])
        .execute()
    },
  }
}
