/**
 * @module The governance report (defender-cspm.md §6.2): tasks counted per owner, per governance rule and
 * per scope as of a time — open (unassigned + on time + overdue), overdue, completed, open and overdue by
 * severity — and the mean time to remediate (completed tasks, first seen → completed). CSV: one row per
 * (dimension, key).
 */
import type { GovernanceTask } from '../model/governance.js'
import { SEVERITIES } from '../model/vocabulary.js'
import type { Severity } from '../model/vocabulary.js'
import { csvLine } from '../report/csv.js'
import { taskAt } from './task-status.js'

const DAY_MS = 86_400_000

export interface SeverityCounts {
  readonly open: number
  readonly overdue: number
}

export interface ReportRow {
  readonly open: number
  readonly onTime: number
  readonly overdue: number
  readonly unassigned: number
  readonly completed: number
  readonly bySeverity: Readonly<Record<Severity, SeverityCounts>>
  /** Mean days from first seen to completed over the completed tasks; null when none. */
  readonly meanDaysToRemediate: number | null
}

export interface OwnerRow extends ReportRow {
  /** null = unassigned tasks. */
  readonly owner: string | null
}
export interface RuleRow extends ReportRow {
  /** null = tasks whose rule is no longer stored. */
  readonly rule: string | null
}
export interface ScopeRow extends ReportRow {
  readonly scope: string
}

export interface GovernanceReport {
  readonly at: string
  readonly totals: ReportRow
  readonly owners: OwnerRow[]
  readonly rules: RuleRow[]
  readonly scopes: ScopeRow[]
}

class Tally {
  open = 0
  onTime = 0
  overdue = 0
  unassigned = 0
  completed = 0
  private days = 0
  readonly bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, { open: 0, overdue: 0 }])) as Record<Severity, { open: number; overdue: number }>

  add(task: GovernanceTask): void {
    if (task.status === 'completed') {
      this.completed++
      if (task.completedAt !== null) this.days += (Date.parse(task.completedAt) - Date.parse(task.createdAt)) / DAY_MS
      return
    }
    this.open++
    this.bySeverity[task.finding.severity].open++
    if (task.status === 'overdue') {
      this.overdue++
      this.bySeverity[task.finding.severity].overdue++
    } else if (task.status === 'on-time') this.onTime++
    else this.unassigned++
  }

  row(): ReportRow {
    return {
      open: this.open,
      onTime: this.onTime,
      overdue: this.overdue,
      unassigned: this.unassigned,
      completed: this.completed,
      bySeverity: this.bySeverity,
      meanDaysToRemediate: this.completed === 0 ? null : Math.round((this.days / this.completed) * 10) / 10,
    }
  }
}

function group<K extends string | null>(tasks: readonly GovernanceTask[], key: (t: GovernanceTask) => K): [K, ReportRow][] {
  const tallies = new Map<K, Tally>()
  for (const task of tasks) {
    const k = key(task)
    let tally = tallies.get(k)
    if (tally === undefined) tallies.set(k, (tally = new Tally()))
    tally.add(task)
  }
  // Most overdue first, then most open, then by key (null last).
  return [...tallies]
    .map(([k, t]): [K, ReportRow] => [k, t.row()])
    .sort(([ka, a], [kb, b]) => b.overdue - a.overdue || b.open - a.open || (ka === null ? 1 : kb === null ? -1 : ka < kb ? -1 : ka > kb ? 1 : 0))
}

export function governanceReport(stored: readonly GovernanceTask[], at: Date): GovernanceReport {
  const tasks = stored.map((t) => taskAt(t, at))
  const totals = new Tally()
  for (const task of tasks) totals.add(task)
  return {
    at: at.toISOString(),
    totals: totals.row(),
    owners: group(tasks, (t) => t.owner).map(([owner, row]) => ({ owner, ...row })),
    rules: group(tasks, (t) => t.governanceRuleId).map(([rule, row]) => ({ rule, ...row })),
    scopes: group(tasks, (t) => t.resource.scope).map(([scope, row]) => ({ scope, ...row })),
  }
}

export const REPORT_CSV_COLUMNS = [
  'dimension', 'key', 'open', 'on_time', 'overdue', 'unassigned', 'completed', 'mean_days_to_remediate',
  ...SEVERITIES.flatMap((s) => [`${s}_open`, `${s}_overdue`]),
] as const

export function governanceReportCsv(report: GovernanceReport): string {
  const line = (dimension: string, key: string, row: ReportRow): string =>
    csvLine([
      dimension, key, String(row.open), String(row.onTime), String(row.overdue), String(row.unassigned), String(row.completed),
      row.meanDaysToRemediate === null ? '' : String(row.meanDaysToRemediate),
      ...SEVERITIES.flatMap((s) => [String(row.bySeverity[s].open), String(row.bySeverity[s].overdue)]),
    ])
  return [
    csvLine(REPORT_CSV_COLUMNS),
    line('total', '', report.totals),
    ...report.owners.map((r) => line('owner', r.owner ?? '', r)),
    ...report.rules.map((r) => line('rule', r.rule ?? '', r)),
    ...report.scopes.map((r) => line('scope', r.scope, r)),
  ].join('')
}
