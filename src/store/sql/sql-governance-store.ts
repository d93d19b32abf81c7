/** @module GovernanceStore over the shared SQL backends (the same read/write discipline as SqlExemptionStore). */
import type { Kysely } from 'kysely'
import { TASK_STATUSES } from '../../model/governance.js'
import type { GovernanceTask, TaskChange } from '../../model/governance.js'
import type { JsonObject } from '../../model/graph-types.js'
import type { GovernanceRuleRecord, GovernanceStore, TaskFilter } from '../governance-store.js'
import type { GovernanceTables } from './sql-governance-tables.js'
import type { SqlBackend } from './sql-backend.js'
import type { StoreDatabase } from './sql-schema.js'
import { storeRead, storeWrite } from './sql-sub-store.js'

type Db = Kysely<StoreDatabase & GovernanceTables>

const CHANGE_FIELDS = new Set<string>(['created', 'status', 'owner', 'dueDate', 'eta', 'governanceRule'])

function decodeRule(row: GovernanceTables['governance_rules']): GovernanceRuleRecord {
  return {
    id: row.id,
    priority: Number(row.priority),
    enabled: Number(row.enabled) === 1,
    source: row.source,
    updatedAt: row.updated_at,
    definition: JSON.parse(row.definition) as JsonObject,
  }
}

function decodeTask(row: GovernanceTables['governance_tasks']): GovernanceTask {
  const task = JSON.parse(row.data) as GovernanceTask
  if (task.id !== row.id || !(TASK_STATUSES as readonly string[]).includes(task.status)) {
    throw new Error(`governance_tasks row ${row.id} does not hold a task`)
  }
  return task
}

function decodeChange(row: GovernanceTables['governance_task_history']): TaskChange {
  if (!CHANGE_FIELDS.has(row.field)) throw new Error(`governance_task_history row ${row.task_id}/${row.seq} has unknown field ${row.field}`)
  return {
    taskId: row.task_id,
    at: row.at,
    actor: row.actor,
    field: row.field as TaskChange['field'],
    from: row.from_value,
    to: row.to_value,
    reason: row.reason,
  }
}

export class SqlGovernanceStore implements GovernanceStore {
  private readonly db: Db

  constructor(
    private readonly base: Kysely<StoreDatabase>,
    private readonly backend: SqlBackend,
  ) {
    this.db = base.withTables<GovernanceTables>()
  }

  async listRules(): Promise<GovernanceRuleRecord[]> {
    const rows = await this.read('list governance rules', () => this.db.selectFrom('governance_rules').selectAll().orderBy('priority').orderBy('id').execute())
    return rows.map(decodeRule)
  }

  async putRules(rules: readonly GovernanceRuleRecord[], remove: readonly string[] = []): Promise<void> {
    await this.write('store governance rules', async (conn) => {
      const ids = [...new Set([...remove, ...rules.map((r) => r.id)])]
      if (ids.length > 0) await conn.deleteFrom('governance_rules').where('id', 'in', ids).execute()
      for (const rule of rules) {
        await conn
          .insertInto('governance_rules')
          .values({
            id: rule.id,
            priority: rule.priority,
            enabled: rule.enabled ? 1 : 0,
            source: rule.source,
            updated_at: rule.updatedAt,
            definition: JSON.stringify(rule.definition),
          })
          .execute()
      }
    })
  }

  async listTasks(filter: TaskFilter = {}): Promise<GovernanceTask[]> {
    const rows = await this.read('list governance tasks', () => {
      let query = this.db.selectFrom('governance_tasks').selectAll()
      if (filter.status !== undefined) query = query.where('status', '=', filter.status)
      if (filter.owner !== undefined) query = query.where('owner', '=', filter.owner)
      return query.orderBy('id').execute()
    })
    return rows.map(decodeTask)
  }

  async getTask(id: string): Promise<GovernanceTask | undefined> {
    const row = await this.read(`read governance task ${id}`, () => this.db.selectFrom('governance_tasks').selectAll().where('id', '=', id).executeTakeFirst())
    return row === undefined ? undefined : decodeTask(row)
  }

  async saveTasks(tasks: readonly GovernanceTask[], changes: readonly TaskChange[]): Promise<void> {
    if (tasks.length === 0 && changes.length === 0) return
    await this.write(`save ${tasks.length} governance tasks`, async (conn) => {
      // Delete + insert keeps one statement shape on both backends (no dialect-specific upsert).
      for (let i = 0; i < tasks.length; i += 500) {
        const batch = tasks.slice(i, i + 500)
        await conn.deleteFrom('governance_tasks').where('id', 'in', batch.map((t) => t.id)).execute()
        await conn
          .insertInto('governance_tasks')
          .values(
            batch.map((task) => ({
              id: task.id,
              status: task.status,
              owner: task.owner,
              due_date: task.dueDate,
              rule_id: task.governanceRuleId,
              updated_at: task.updatedAt,
              data: JSON.stringify(task),
            })),
          )
          .execute()
      }
      const next = new Map<string, number>()
      for (const change of changes) {
        let seq = next.get(change.taskId)
        if (seq === undefined) {
          const row = await conn
            .selectFrom('governance_task_history')
            .select((eb) => eb.fn.max('seq').as('last'))
            .where('task_id', '=', change.taskId)
            .executeTakeFirst()
          seq = row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1
        }
        next.set(change.taskId, seq + 1)
        await conn
          .insertInto('governance_task_history')
          .values({
            task_id: change.taskId,
            seq,
            at: change.at,
            actor: change.actor,
            field: change.field,
            from_value: change.from,
            to_value: change.to,
            reason: change.reason,
          })
          .execute()
      }
    })
  }

  async listChanges(taskId?: string): Promise<TaskChange[]> {
    const rows = await this.read('list governance task history', () => {
      let query = this.db.selectFrom('governance_task_history').selectAll()
      if (taskId !== undefined) query = query.where('task_id', '=', taskId)
      return query.orderBy('at').orderBy('task_id').orderBy('seq').execute()
    })
    return rows.map(decodeChange)
  }

  private read<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return storeRead(this.backend, operation, call)
  }

  private write<T>(operation: string, work: (conn: Db) => Promise<T>): Promise<T> {
    return storeWrite(this.base, this.backend, operation, (conn) => work(conn.withTables<GovernanceTables>()))
  }
}
