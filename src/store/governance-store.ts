/**
 * @module Governance as the store keeps it (issue 8): the rules that assign findings to owners, the tasks they
 * create, and every change made to a task. All three outlive snapshots; tasks are keyed by finding id.
 */
import type { GovernanceTask, TaskChange, TaskStatus } from '../model/governance.js'
import type { JsonObject } from '../model/graph-types.js'

/** A governance rule as stored: the validated definition (src/governance/governance-rule.ts) as JSON. */
export interface GovernanceRuleRecord {
  readonly id: string
  readonly priority: number
  readonly enabled: boolean
  /** Where it was applied from (file path, `api`), for `governance rules`. */
  readonly source: string
  readonly updatedAt: string
  readonly definition: JsonObject
}

export interface TaskFilter {
  /** Stored status (as of the last sync); callers wanting "as of now" use src/governance/task-status.ts. */
  readonly status?: TaskStatus
  readonly owner?: string
}

export interface GovernanceStore {
  /** Every rule, by priority then id. */
  listRules(): Promise<GovernanceRuleRecord[]>
  /**
   * Upserts `rules` by id (and deletes `remove`) in one transaction: the caller validates the resulting set
   * first, so either all of it is stored or nothing changes.
   */
  putRules(rules: readonly GovernanceRuleRecord[], remove?: readonly string[]): Promise<void>
  /** Tasks by id. */
  listTasks(filter?: TaskFilter): Promise<GovernanceTask[]>
  getTask(id: string): Promise<GovernanceTask | undefined>
  /** Upserts tasks and appends their changes in one transaction. */
  saveTasks(tasks: readonly GovernanceTask[], changes: readonly TaskChange[]): Promise<void>
  /** History of one task (or all), oldest first. */
  listChanges(taskId?: string): Promise<TaskChange[]>
}
