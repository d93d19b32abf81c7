/**
 * @module A task's status as of a time (defender-cspm.md §6.2): completed once its finding is fixed;
 * unassigned without an owner; overdue once the due date has passed (the due date itself is still on
 * time); on time otherwise. The stored status is the one seen at the last sync; readers use these.
 */
import type { GovernanceTask, TaskStatus } from '../model/governance.js'

const DAY_MS = 86_400_000

/** The UTC calendar date of a time, `YYYY-MM-DD`. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10)
}

/** `date` (YYYY-MM-DD or ISO time) plus whole days, as a date. */
export function addDays(date: string | Date, days: number): string {
  const start = typeof date === 'string' ? Date.parse(`${date.slice(0, 10)}T00:00:00.000Z`) : Date.parse(`${isoDate(date)}T00:00:00.000Z`)
  return isoDate(new Date(start + days * DAY_MS))
}

export function taskStatusAt(task: Pick<GovernanceTask, 'completedAt' | 'owner' | 'dueDate'>, at: Date): TaskStatus {
  // A task completed after `at` was still open then (status of an older snapshot).
  if (task.completedAt !== null && Date.parse(task.completedAt) <= at.getTime()) return 'completed'
  if (task.owner === null || task.dueDate === null) return 'unassigned'
  return isoDate(at) > task.dueDate ? 'overdue' : 'on-time'
}

/** The task with its status as of `at`. */
export function taskAt(task: GovernanceTask, at: Date): GovernanceTask {
  const status = taskStatusAt(task, at)
  return status === task.status ? task : { ...task, status }
}

/** True while the finding must not count against the score: grace period on and the task on time. */
export function inGracePeriod(task: GovernanceTask, at: Date): boolean {
  return task.gracePeriod && Date.parse(task.createdAt) <= at.getTime() && taskStatusAt(task, at) === 'on-time'
}
