/**
 * @module Governance vocabulary (issue 8): remediation tasks assigned to owners with due dates. Shared by
 * the governance engine (src/governance), notifications (src/governance/notify), the API and the dashboard,
 * so it lives in the model. The JSON shape of a task is the `skyhound governance tasks --json` contract.
 */
import type { Severity } from './vocabulary.js'

export const TASK_STATUSES = ['unassigned', 'on-time', 'overdue', 'completed'] as const
export type TaskStatus = (typeof TASK_STATUSES)[number]

/** Remediation timeframes a rule may name; `custom` carries its own day count. */
export const REMEDIATION_TIMEFRAMES = [7, 14, 30, 90] as const

/** An owner's estimated completion date; a justification is mandatory. */
export interface TaskEta {
  /** ISO date (YYYY-MM-DD). */
  readonly date: string
  readonly justification: string
  readonly by: string
  /** ISO timestamp of when it was set. */
  readonly at: string
}

/** The recommendation (finding) a task remediates. */
export interface TaskFinding {
  /** Stable finding identity `<rule id>|<node id>`; tasks survive snapshots through it. */
  readonly id: string
  readonly ruleId: string
  readonly title: string
  readonly severity: Severity
  readonly risk: Severity
}

/** The resource the finding is on. */
export interface TaskResource {
  readonly id: string
  readonly name: string
  readonly kind: string
  readonly scope: string
}

export interface GovernanceTask {
  /** Equal to the finding id: one task per (finding, resource). */
  readonly id: string
  readonly status: TaskStatus
  /** Email (or team name from a mapping file); null when no owner could be resolved. */
  readonly owner: string | null
  /** ISO date (YYYY-MM-DD); null while unassigned. */
  readonly dueDate: string | null
  readonly eta: TaskEta | null
  readonly finding: TaskFinding
  readonly resource: TaskResource
  /** The governance rule that created or last assigned the task. */
  readonly governanceRuleId: string | null
  /** True while the task is within its grace period: the finding does not count against the score until overdue. */
  readonly gracePeriod: boolean
  /** ISO timestamps. */
  readonly createdAt: string
  readonly updatedAt: string
  readonly completedAt: string | null
}

/** One entry of a task's history: who changed what, when, and why. */
export interface TaskChange {
  readonly taskId: string
  readonly at: string
  readonly actor: string
  readonly field: 'created' | 'status' | 'owner' | 'dueDate' | 'eta' | 'governanceRule'
  readonly from: string | null
  readonly to: string | null
  readonly reason: string | null
}
