/**
 * @module The governance engine, a pure function of (findings, rules, existing tasks, clock): one task per
 * unhealthy finding that an enabled rule matches, keyed by finding id so it survives snapshots. It returns
 * only the tasks that changed and one history entry per changed field; sync-governance.ts stores them.
 *
 * - new unhealthy finding + winning rule → task (owner resolved, due = first seen + timeframe)
 * - open task under another rule → taken over by the winner when it says `override`, or when the task has
 *   no owner (`unassigned-only`); otherwise left alone
 * - finding healthy, not applicable, exempted or gone → completed; unhealthy again → reopened
 * - unknown/error findings leave their task as it is (no evidence either way)
 */
import { exemptionCategoryOf } from '../exemptions/apply-exemptions.js'
import type { Finding } from '../model/finding.js'
import type { GovernanceTask, TaskChange, TaskFinding, TaskResource } from '../model/governance.js'
import type { FindingContext } from './finding-context.js'
import { timeframeDays } from './governance-rule.js'
import type { GovernanceRule } from './governance-rule.js'
import { orderRules, pickRule, riskOf } from './match-rule.js'
import { resolveOwner } from './resolve-owner.js'
import { addDays, taskStatusAt } from './task-status.js'

export interface CatalogueEntry {
  readonly title: string
  readonly categories: readonly string[]
}

export interface PlanInput {
  /** The snapshot's findings, exemptions in force applied (details.exemption). */
  readonly findings: readonly Finding[]
  readonly rules: readonly GovernanceRule[]
  readonly tasks: readonly GovernanceTask[]
  readonly context: FindingContext
  /** Title and categories of a finding's rule (built-in or custom). */
  readonly catalogue: (ruleId: string) => CatalogueEntry | undefined
  readonly now: Date
  readonly actor: string
  /** New tasks' findings count as first seen this many days before `now` (default 0); `skyhound demo` backdates (docs/governance.md). */
  readonly backdateDays?: number
}

export interface PlanSummary {
  readonly created: number
  readonly completed: number
  readonly reopened: number
  readonly reassigned: number
  readonly statusChanged: number
}

export interface TaskPlan {
  readonly tasks: GovernanceTask[]
  readonly changes: TaskChange[]
  readonly summary: PlanSummary
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const OPEN_EVIDENCE = new Set(['unknown', 'error'])

function taskFinding(finding: Finding, input: PlanInput): TaskFinding {
  return { id: finding.id, ruleId: finding.ruleId, title: input.catalogue(finding.ruleId)?.title ?? finding.ruleId, severity: finding.severity, risk: riskOf(finding) }
}

function taskResource(finding: Finding, ctx: FindingContext): TaskResource {
  const name = ctx.nameOf(finding.nodeId) ?? (typeof finding.details['name'] === 'string' ? finding.details['name'] : finding.nodeId)
  const kind = ctx.kindOf(finding.nodeId) ?? (typeof finding.details['kind'] === 'string' ? finding.details['kind'] : '')
  return { id: finding.nodeId, name, kind, scope: finding.scope }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

export function planTasks(input: PlanInput): TaskPlan {
  const nowIso = input.now.toISOString()
  const rules = orderRules(input.rules)
  const categoriesOf = (ruleId: string): readonly string[] => input.catalogue(ruleId)?.categories ?? []
  const existing = new Map(input.tasks.map((t) => [t.id, t]))
  const out: GovernanceTask[] = []
  const changes: TaskChange[] = []
  const counts = { created: 0, completed: 0, reopened: 0, reassigned: 0, statusChanged: 0 }
  const change = (taskId: string, field: TaskChange['field'], from: string | null, to: string | null, reason: string | null): void => {
    changes.push({ taskId, at: nowIso, actor: input.actor, field, from, to, reason })
  }

  /** Records the field changes between `before` and `after`, and the task when anything changed. */
  const commit = (before: GovernanceTask | undefined, draft: Mutable<GovernanceTask>, reason: string | null): void => {
    draft.status = taskStatusAt(draft, input.now)
    if (before === undefined) {
      change(draft.id, 'created', null, draft.status, reason)
      counts.created++
      out.push({ ...draft, updatedAt: nowIso })
      return
    }
    if (before.governanceRuleId !== draft.governanceRuleId) change(draft.id, 'governanceRule', before.governanceRuleId, draft.governanceRuleId, reason)
    if (before.owner !== draft.owner) change(draft.id, 'owner', before.owner, draft.owner, reason)
    if (before.dueDate !== draft.dueDate) change(draft.id, 'dueDate', before.dueDate, draft.dueDate, reason)
    if (before.status !== draft.status) {
      change(draft.id, 'status', before.status, draft.status, reason ?? (draft.status === 'overdue' ? 'due date passed' : null))
      counts.statusChanged++
    }
    if (!same({ ...before, updatedAt: '' }, { ...draft, updatedAt: '' })) out.push({ ...draft, updatedAt: nowIso })
  }

  const seen = new Set<string>()
  for (const finding of input.findings) {
    seen.add(finding.id)
    const before = existing.get(finding.id)
    const exemption = exemptionCategoryOf(finding)
    if (finding.status !== 'unhealthy' || exemption !== undefined) {
      if (before === undefined || before.completedAt !== null || OPEN_EVIDENCE.has(finding.status)) continue
      const reason = exemption !== undefined ? `finding exempted (${exemption})` : `finding ${finding.status}`
      commit(before, { ...before, completedAt: nowIso }, reason)
      counts.completed++
      continue
    }
    const rule = pickRule(rules, finding, input.context, categoriesOf)
    const facts = { finding: taskFinding(finding, input), resource: taskResource(finding, input.context) }
    if (before === undefined) {
      if (rule === undefined) continue
      const createdAt = new Date(input.now.getTime() - (input.backdateDays ?? 0) * 86_400_000).toISOString()
      const owner = resolveOwner(rule, finding, input.context)?.owner ?? null
      const draft: Mutable<GovernanceTask> = {
        id: finding.id,
        status: 'unassigned',
        owner,
        dueDate: owner === null ? null : addDays(createdAt, timeframeDays(rule)),
        eta: null,
        ...facts,
        governanceRuleId: rule.id,
        gracePeriod: rule.gracePeriod,
        createdAt,
        updatedAt: nowIso,
        completedAt: null,
      }
      commit(undefined, draft, `governance rule ${rule.id}`)
      continue
    }
    const draft: Mutable<GovernanceTask> = { ...before, ...facts }
    let reason: string | null = null
    if (before.completedAt !== null) {
      // Unhealthy again: the task reopens with a fresh timeframe from now.
      const reopenRule = rule ?? input.rules.find((r) => r.id === before.governanceRuleId && r.enabled)
      if (reopenRule === undefined) continue
      draft.completedAt = null
      draft.eta = null
      draft.governanceRuleId = reopenRule.id
      draft.gracePeriod = reopenRule.gracePeriod
      draft.owner = resolveOwner(reopenRule, finding, input.context)?.owner ?? null
      draft.dueDate = draft.owner === null ? null : addDays(input.now, timeframeDays(reopenRule))
      reason = 'finding unhealthy again'
      counts.reopened++
    } else if (rule !== undefined && rule.id !== before.governanceRuleId && (rule.applyToExisting === 'override' || before.owner === null)) {
      draft.governanceRuleId = rule.id
      draft.gracePeriod = rule.gracePeriod
      draft.owner = resolveOwner(rule, finding, input.context)?.owner ?? null
      draft.dueDate = draft.owner === null ? null : addDays(before.createdAt, timeframeDays(rule))
      reason = `governance rule ${rule.id} (${rule.applyToExisting})`
      counts.reassigned++
    } else if (before.owner === null && rule !== undefined && rule.id === before.governanceRuleId) {
      // Still unassigned under the same rule: an owner tag may have appeared since.
      draft.owner = resolveOwner(rule, finding, input.context)?.owner ?? null
      if (draft.owner !== null) {
        draft.dueDate = addDays(before.createdAt, timeframeDays(rule))
        reason = 'owner resolved'
      }
    }
    commit(before, draft, reason)
  }

  for (const task of input.tasks) {
    if (seen.has(task.id) || task.completedAt !== null) continue
    commit(task, { ...task, completedAt: nowIso }, 'finding no longer reported')
    counts.completed++
  }
  return { tasks: out, changes, summary: counts }
}
