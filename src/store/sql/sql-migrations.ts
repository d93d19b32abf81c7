/**
 * @module The versioned schema both SQL backends share. Each backend supplies its column types
 * (sqlite-migrations.ts, postgres-migrations.ts); versions only ever get appended, never edited.
 */
import type { Expression, Kysely } from 'kysely'
import { authTables } from './sql-auth-tables.js'
import { exemptionTables } from './sql-exemption-tables.js'
import { governanceTables } from './sql-governance-tables.js'
import { notificationTables } from './sql-notification-tables.js'
import { savedQueryTables } from './sql-saved-query-tables.js'
import type { StoreDatabase } from './sql-schema.js'

/** A column type as the schema builder takes it: a name or raw SQL. */
type ColumnType = Parameters<ReturnType<Kysely<StoreDatabase>['schema']['createTable']>['addColumn']>[1]

export interface StoreColumnTypes {
  /** Ids and other text that is sorted or compared: PostgreSQL uses `collate "C"` so order is bytewise. */
  readonly key: ColumnType
  /** Free text. */
  readonly text: ColumnType
  readonly json: ColumnType
  readonly int: ColumnType
  /**
   * Makes a table whose rows are small and always read in key order be stored in its primary key
   * (SQLite `WITHOUT ROWID`): one B-tree instead of two. Absent where the engine has no such option.
   */
  readonly clustered?: <T extends { modifyEnd(modifier: Expression<unknown>): T }>(table: T) => T
}

export interface StoreMigration {
  /** 1, 2, 3… in order; the number stored in `schema_migrations.version`. */
  readonly version: number
  readonly name: string
  up(db: Kysely<StoreDatabase>): Promise<void>
}

function snapshotTables(t: StoreColumnTypes): StoreMigration {
  return {
    version: 1,
    name: 'snapshot-tables',
    async up(db) {
      const s = db.schema
      await s
        .createTable('snapshots')
        .addColumn('id', t.key, (c) => c.primaryKey())
        .addColumn('created_at', t.key, (c) => c.notNull())
        .addColumn('status', t.key, (c) => c.notNull())
        .addColumn('resources', t.int, (c) => c.notNull())
        .addColumn('findings', t.int, (c) => c.notNull())
        .addColumn('attack_paths', t.int, (c) => c.notNull())
        .addColumn('issues', t.int, (c) => c.notNull())
        .addColumn('summary', t.json, (c) => c.notNull())
        .execute()
      await s.createIndex('snapshots_by_created').on('snapshots').columns(['status', 'created_at', 'id']).execute()

      await s
        .createTable('nodes')
        .addColumn('snapshot_id', t.key, (c) => c.notNull())
        .addColumn('id', t.key, (c) => c.notNull())
        .addColumn('kind', t.key, (c) => c.notNull())
        .addColumn('family', t.key, (c) => c.notNull())
        .addColumn('provider', t.key, (c) => c.notNull())
        .addColumn('scope', t.key, (c) => c.notNull())
        .addColumn('name', t.text, (c) => c.notNull())
        .addColumn('region', t.key)
        .addColumn('data', t.json, (c) => c.notNull())
        .addPrimaryKeyConstraint('nodes_pk', ['snapshot_id', 'id'])
        .execute()
      await s.createIndex('nodes_by_kind').on('nodes').columns(['snapshot_id', 'kind']).execute()
      await s.createIndex('nodes_by_family').on('nodes').columns(['snapshot_id', 'family']).execute()
      await s.createIndex('nodes_by_scope').on('nodes').columns(['snapshot_id', 'scope']).execute()

      await s
        .createTable('edges')
        .addColumn('snapshot_id', t.key, (c) => c.notNull())
        .addColumn('seq', t.int, (c) => c.notNull())
        .addColumn('from_id', t.key, (c) => c.notNull())
        .addColumn('to_id', t.key, (c) => c.notNull())
        .addColumn('kind', t.key, (c) => c.notNull())
        .addColumn('data', t.json, (c) => c.notNull())
        // The load order (from, kind, to, seq) is the key, so paging walks the primary index. No
        // secondary edge indexes: reverse and by-kind lookups run on the in-memory graph (csr.ts),
        // and each index costs about a third of the edge write time.
        .addPrimaryKeyConstraint('edges_pk', ['snapshot_id', 'from_id', 'kind', 'to_id', 'seq'])
        .$call((table) => (t.clustered === undefined ? table : t.clustered(table)))
        .execute()

      await s
        .createTable('findings')
        .addColumn('snapshot_id', t.key, (c) => c.notNull())
        .addColumn('seq', t.int, (c) => c.notNull())
        .addColumn('id', t.key, (c) => c.notNull())
        .addColumn('rule_id', t.key, (c) => c.notNull())
        .addColumn('node_id', t.key, (c) => c.notNull())
        .addColumn('status', t.key, (c) => c.notNull())
        .addColumn('severity', t.key, (c) => c.notNull())
        .addColumn('scope', t.key, (c) => c.notNull())
        .addColumn('data', t.json, (c) => c.notNull())
        .addPrimaryKeyConstraint('findings_pk', ['snapshot_id', 'seq'])
        .execute()
      await s.createIndex('findings_by_id').unique().on('findings').columns(['snapshot_id', 'id']).execute()
      await s
        .createIndex('findings_by_severity')
        .on('findings')
        .columns(['snapshot_id', 'severity', 'status'])
        .execute()
      await s.createIndex('findings_by_status').on('findings').columns(['snapshot_id', 'status']).execute()
      await s.createIndex('findings_by_rule').on('findings').columns(['snapshot_id', 'rule_id']).execute()
      await s.createIndex('findings_by_node').on('findings').columns(['snapshot_id', 'node_id']).execute()

      await s
        .createTable('records')
        .addColumn('snapshot_id', t.key, (c) => c.notNull())
        .addColumn('kind', t.key, (c) => c.notNull())
        .addColumn('seq', t.int, (c) => c.notNull())
        .addColumn('id', t.key, (c) => c.notNull())
        .addColumn('data', t.json, (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['snapshot_id', 'kind', 'seq'])
        .execute()
      await s.createIndex('records_by_id').unique().on('records').columns(['snapshot_id', 'kind', 'id']).execute()

      await s
        .createTable('issues')
        .addColumn('snapshot_id', t.key, (c) => c.notNull())
        .addColumn('seq', t.int, (c) => c.notNull())
        .addColumn('data', t.json, (c) => c.notNull())
        .addPrimaryKeyConstraint('issues_pk', ['snapshot_id', 'seq'])
        .execute()
    },
  }
}

/** Every migration in order; the last version is the schema this code reads and writes. */
export function storeMigrations(types: StoreColumnTypes): readonly StoreMigration[] {
  return [snapshotTables(types), authTables(2, types), exemptionTables(3, types), savedQueryTables(4, types), governanceTables(5, types), notificationTables(6, types)]
}
