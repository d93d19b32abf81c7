/** @module The governance tables (migration `governance-tables`): rules, tasks and task history, as Kysely sees them. */
import type { StoreColumnTypes, StoreMigration } from './sql-migrations.js'

export interface GovernanceRulesTable {
  readonly id: string
  readonly priority: number
  /** 1 enabled, 0 disabled (an int: both backends compare it the same way). */
  readonly enabled: number
  readonly source: string
  readonly updated_at: string
  /** The rule definition as JSON text. */
  readonly definition: string
}

export interface GovernanceTasksTable {
  /** The finding id. */
  readonly id: string
  readonly status: string
  readonly owner: string | null
  readonly due_date: string | null
  readonly rule_id: string | null
  readonly updated_at: string
  /** The whole GovernanceTask as JSON text. */
  readonly data: string
}

export interface GovernanceHistoryTable {
  readonly task_id: string
  readonly seq: number
  readonly at: string
  readonly actor: string
  readonly field: string
  readonly from_value: string | null
  readonly to_value: string | null
  readonly reason: string | null
}

/** A type alias, not an interface: Kysely's `withTables` needs an index-compatible shape. */
export type GovernanceTables = {
  governance_rules: GovernanceRulesTable
  governance_tasks: GovernanceTasksTable
  governance_task_history: GovernanceHistoryTable
}

export function governanceTables(version: number, t: StoreColumnTypes): StoreMigration {
  return {
    version,
    name: 'governance-tables',
    async up(db) {
      const s = db.schema
      await s
        .createTable('governance_rules')
        .addColumn('id', t.key, (c) => c.primaryKey())
        .addColumn('priority', t.int, (c) => c.notNull())
        .addColumn('enabled', t.int, (c) => c.notNull())
        .addColumn('source', t.text, (c) => c.notNull())
        .addColumn('updated_at', t.key, (c) => c.notNull())
        .addColumn('definition', t.json, (c) => c.notNull())
        .execute()
      await s
        .createTable('governance_tasks')
        .addColumn('id', t.key, (c) => c.primaryKey())
        .addColumn('status', t.key, (c) => c.notNull())
        .addColumn('owner', t.key)
        .addColumn('due_date', t.key)
        .addColumn('rule_id', t.key)
        .addColumn('updated_at', t.key, (c) => c.notNull())
        .addColumn('data', t.json, (c) => c.notNull())
        .execute()
      await s.createIndex('governance_tasks_by_owner').on('governance_tasks').columns(['owner', 'status']).execute()
      await s.createIndex('governance_tasks_by_status').on('governance_tasks').columns(['status', 'due_date']).execute()
      await s
        .createTable('governance_task_history')
        .addColumn('task_id', t.key, (c) => c.notNull())
        .addColumn('seq', t.int, (c) => c.notNull())
        .addColumn('at', t.key, (c) => c.notNull())
        .addColumn('actor', t.text, (c) => c.notNull())
        .addColumn('field', t.key, (c) => c.notNull())
        .addColumn('from_value', t.text)
        .addColumn('to_value', t.text)
        .addColumn('reason', t.text)
        .addPrimaryKeyConstraint('governance_task_history_pk', ['task_id', 'seq'])
        .execute()
    },
  }
}
