/**
 * @module Builds the weekly digests (pure; the clock is a parameter): one per person with the open and overdue
 * tasks they own, grouped by severity, and one per manager with only the overdue tasks of the owners who report
 * to them. Rendering to mail is digest-render.ts; sending and de-duplication is notify-run.ts.
 */
import type { GovernanceTask } from '../../model/governance.js'
import type { Severity } from '../../model/vocabulary.js'
import { isoDay, isoWeek } from './iso-week.js'
import { displayName, managerOf, recipientsOf } from './notify-directory.js'
import type { NotifyDirectory } from './notify-directory.js'

/** Most severe first: the order of sections in a digest. */
export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low']

export interface DigestTask {
  readonly task: GovernanceTask
  readonly overdue: boolean
  /** Whole days past the due date (0 when not overdue). */
  readonly daysOverdue: number
}

export interface DigestSection {
  readonly severity: Severity
  readonly tasks: readonly DigestTask[]
}

export interface OwnerDigest {
  readonly kind: 'owner-digest'
  readonly recipient: string
  /** ISO week (`2026-W48`). */
  readonly period: string
  readonly today: string
  /** The task owners (emails or teams) this person receives tasks for. */
  readonly owners: readonly string[]
  readonly open: number
  readonly overdue: number
  readonly sections: readonly DigestSection[]
}

export interface ManagerReport {
  readonly owner: string
  readonly name: string
  readonly overdue: number
  readonly sections: readonly DigestSection[]
}

export interface ManagerDigest {
  readonly kind: 'manager-overdue'
  readonly recipient: string
  readonly period: string
  readonly today: string
  readonly overdue: number
  readonly reports: readonly ManagerReport[]
}

export type Digest = OwnerDigest | ManagerDigest

export interface DigestResult {
  readonly digests: readonly Digest[]
  /** Owners of open tasks that the directory could not turn into a mailbox (not an email, no such team). */
  readonly unreachableOwners: readonly string[]
}

const DAY_MS = 86_400_000

/**
 * Whether an open task is overdue today. Tasks carry the status of the last sync, which may be days old, so it
 * is derived again from the due date: overdue once the due date has passed (the due day itself is on time).
 */
export function digestTask(task: GovernanceTask, today: string): DigestTask | undefined {
  if (task.status === 'completed' || task.status === 'unassigned' || task.owner === null) return undefined
  const overdue = task.dueDate === null ? task.status === 'overdue' : task.dueDate < today
  const daysOverdue = overdue && task.dueDate !== null ? Math.round((Date.parse(today) - Date.parse(task.dueDate)) / DAY_MS) : 0
  return { task, overdue, daysOverdue }
}

const compareTasks = (a: DigestTask, b: DigestTask): number =>
  Number(b.overdue) - Number(a.overdue) ||
  (a.task.dueDate ?? '9999').localeCompare(b.task.dueDate ?? '9999') ||
  a.task.resource.name.localeCompare(b.task.resource.name) ||
  (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0)

export function sectionsOf(tasks: readonly DigestTask[]): DigestSection[] {
  return SEVERITY_ORDER.flatMap((severity) => {
    const inSection = tasks.filter((t) => t.task.finding.severity === severity).sort(compareTasks)
    return inSection.length === 0 ? [] : [{ severity, tasks: inSection }]
  })
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** A governance rule's `notifications` settings: tasks of a rule can be kept out of either digest. */
export interface RuleNotificationSettings {
  readonly weeklyDigest: boolean
  readonly managerOverdueDigest: boolean
}

export interface DigestOptions {
  readonly now: Date
  /** Send owner digests (default true). */
  readonly owners?: boolean
  /** Send manager digests (default true). */
  readonly managers?: boolean
  /** By governance rule id; a task whose rule is absent is in both digests. */
  readonly rules?: ReadonlyMap<string, RuleNotificationSettings>
}

export function buildDigests(tasks: readonly GovernanceTask[], directory: NotifyDirectory, options: DigestOptions): DigestResult {
  const today = isoDay(options.now)
  const period = isoWeek(options.now)
  const open = tasks.map((t) => digestTask(t, today)).filter((t): t is DigestTask => t !== undefined)

  const wants = (t: DigestTask, digest: keyof RuleNotificationSettings): boolean =>
    t.task.governanceRuleId === null || options.rules?.get(t.task.governanceRuleId)?.[digest] !== false
  const byOwner = new Map<string, DigestTask[]>()
  for (const t of open) if (wants(t, 'weeklyDigest')) pushTo(byOwner, t.task.owner!, t)
  const overdueByOwner = new Map<string, DigestTask[]>()
  for (const t of open) if (t.overdue && wants(t, 'managerOverdueDigest')) pushTo(overdueByOwner, t.task.owner!, t)

  // A person can own tasks directly and through teams: one digest per mailbox, the union of their tasks.
  const byRecipient = new Map<string, { owners: Set<string>; tasks: Map<string, DigestTask> }>()
  const unreachable = new Set<string>()
  for (const [owner, ownerTasks] of byOwner) {
    const mailboxes = recipientsOf(directory, owner)
    if (mailboxes.length === 0) unreachable.add(owner)
    for (const mailbox of mailboxes) {
      const entry = byRecipient.get(mailbox) ?? { owners: new Set<string>(), tasks: new Map<string, DigestTask>() }
      entry.owners.add(owner)
      for (const t of ownerTasks) entry.tasks.set(t.task.id, t)
      byRecipient.set(mailbox, entry)
    }
  }

  const digests: Digest[] = []
  if (options.owners !== false) {
    for (const [recipient, entry] of [...byRecipient].sort(([a], [b]) => byText(a, b))) {
      const list = [...entry.tasks.values()]
      digests.push({
        kind: 'owner-digest',
        recipient,
        period,
        today,
        owners: [...entry.owners].sort(byText),
        open: list.length,
        overdue: list.filter((t) => t.overdue).length,
        sections: sectionsOf(list),
      })
    }
  }

  if (options.managers !== false) {
    const byManager = new Map<string, ManagerReport[]>()
    for (const [owner, overdue] of overdueByOwner) {
      const manager = managerOf(directory, owner)
      if (manager === undefined) continue
      pushTo(byManager, manager, { owner, name: displayName(directory, owner), overdue: overdue.length, sections: sectionsOf(overdue) })
    }
    for (const [recipient, reports] of [...byManager].sort(([a], [b]) => byText(a, b))) {
      reports.sort((a, b) => b.overdue - a.overdue || byText(a.owner, b.owner))
      digests.push({ kind: 'manager-overdue', recipient, period, today, overdue: reports.reduce((n, r) => n + r.overdue, 0), reports })
    }
  }
  return { digests, unreachableOwners: [...unreachable].sort(byText) }
}
