/**
 * @module Governance against a store: apply a rules file (validated against the stored set first, then
 * stored in one transaction), sync tasks with a snapshot, and the owner/admin task edits (ETA, due date).
 * Every function takes the clock; nothing here reads the wall clock.
 */
import type { SecurityGraph } from '../graph/security-graph.js'
import { SkyhoundError } from '../model/errors.js'
import type { GovernanceTask, TaskChange } from '../model/governance.js'
import { loadPostureSnapshot, loadSnapshotGraph, ruleMap } from '../report/posture-snapshot.js'
import type { Rule } from '../rules/define-rule.js'
import type { GovernanceRuleRecord } from '../store/governance-store.js'
import type { Store } from '../store/store.js'
import { contextFromGraph } from './finding-context.js'
import { governanceRuleSchema } from './governance-rule.js'
import type { GovernanceRule } from './governance-rule.js'
import { checkRuleSet, loadGovernanceRulesFile, parseGovernanceRules } from './load-governance-rules.js'
import type { LoadedRule } from './load-governance-rules.js'
import { planTasks } from './plan-tasks.js'
import type { PlanSummary } from './plan-tasks.js'
import { isoDate, taskAt } from './task-status.js'

export interface RuleCatalogueOptions {
  readonly customRulesDir?: string
}

function decodeStored(record: GovernanceRuleRecord): GovernanceRule {
  const parsed = governanceRuleSchema.safeParse(record.definition)
  if (!parsed.success) {
    throw new SkyhoundError('SKY_STORE_FAILURE', `stored governance rule ${record.id} is not a valid rule: ${parsed.error.issues[0]?.message ?? ''}`, {
      hint: 'apply the rule again from its file',
    })
  }
  return parsed.data
}

export async function storedGovernanceRules(store: Store): Promise<GovernanceRule[]> {
  return (await store.governance.listRules()).map(decodeStored)
}

/** Validates `file` (rule ids, priorities against the stored rules too) and stores its rules; nothing is stored on error. */
export async function applyGovernanceRulesFile(store: Store, file: string, options: RuleCatalogueOptions & { readonly now: Date }): Promise<LoadedRule[]> {
  const rules = ruleMap(options.customRulesDir)
  return storeGovernanceRules(store, loadGovernanceRulesFile(file, { knownRuleIds: new Set(rules.keys()) }), options.now)
}

/** The same for rules sent as text (the API): `source` names them in errors and in `governance rules`. */
export async function applyGovernanceRulesText(store: Store, text: string, source: string, options: RuleCatalogueOptions & { readonly now: Date }): Promise<LoadedRule[]> {
  const rules = ruleMap(options.customRulesDir)
  return storeGovernanceRules(store, parseGovernanceRules(text, source, { knownRuleIds: new Set(rules.keys()), allowFiles: false }), options.now)
}

async function storeGovernanceRules(store: Store, incoming: LoadedRule[], now: Date): Promise<LoadedRule[]> {
  const stored = (await store.governance.listRules()).map((r) => ({ rule: decodeStored(r), source: r.source, at: 'stored' }))
  checkRuleSet(stored, incoming)
  await store.governance.putRules(
    incoming.map(({ rule, source }) => ({
      id: rule.id,
      priority: rule.priority,
      enabled: rule.enabled,
      source,
      updatedAt: now.toISOString(),
      definition: rule,
    })),
  )
  return incoming
}

/** Deletes stored rules by id; their tasks stay (defender-cspm.md §6.1). False when no such rule is stored. */
export async function removeGovernanceRule(store: Store, id: string): Promise<boolean> {
  if (!(await store.governance.listRules()).some((r) => r.id === id)) return false
  await store.governance.putRules([], [id])
  return true
}

export interface SyncOptions extends RuleCatalogueOptions {
  readonly now: Date
  readonly actor: string
  /** Default: the latest snapshot. */
  readonly snapshotId?: string
  /** New tasks' findings count as first seen this many days before `now` (default 0; `skyhound demo`). */
  readonly backdateDays?: number
}

export interface SyncResult extends PlanSummary {
  readonly snapshot: string
  readonly open: number
}

function catalogue(rules: ReadonlyMap<string, Rule>): (ruleId: string) => { title: string; categories: readonly string[] } | undefined {
  return (ruleId) => {
    const rule = rules.get(ruleId)
    return rule === undefined ? undefined : { title: rule.title, categories: rule.categories }
  }
}

/** Creates, updates and completes tasks from a snapshot (its findings with the exemptions in force at `now`). */
export async function syncGovernance(store: Store, options: SyncOptions & { readonly graph?: SecurityGraph }): Promise<SyncResult> {
  const rules = await storedGovernanceRules(store)
  const tasks = await store.governance.listTasks()
  // Without rules or tasks there is nothing to do: skip reading the snapshot back (a 1M-resource scan).
  if (rules.length === 0 && tasks.length === 0) return { snapshot: options.snapshotId ?? 'latest', open: 0, created: 0, completed: 0, reopened: 0, reassigned: 0, statusChanged: 0 }
  const snapshot = await loadPostureSnapshot(store, options.snapshotId, { at: options.now, ...(options.customRulesDir === undefined ? {} : { customRulesDir: options.customRulesDir }) })
  const graph = options.graph ?? (await loadSnapshotGraph(store, snapshot.id))
  const plan = planTasks({
    findings: snapshot.exemptions.findings,
    rules,
    tasks,
    context: contextFromGraph(graph),
    catalogue: catalogue(snapshot.rules),
    now: options.now,
    actor: options.actor,
    ...(options.backdateDays === undefined ? {} : { backdateDays: options.backdateDays }),
  })
  await store.governance.saveTasks(plan.tasks, plan.changes)
  const open = (await store.governance.listTasks()).filter((t) => t.completedAt === null).length
  return { snapshot: snapshot.id, open, ...plan.summary }
}

/** Tasks with their status as of `now`. */
export async function tasksAt(store: Store, now: Date): Promise<GovernanceTask[]> {
  return (await store.governance.listTasks()).map((t) => taskAt(t, now))
}

async function openTask(store: Store, id: string): Promise<GovernanceTask> {
  const task = await store.governance.getTask(id)
  if (task === undefined) {
    throw new SkyhoundError('SKY_USAGE', `no governance task ${id}`, { hint: '`skyhound governance tasks` lists the task ids (the finding ids)' })
  }
  if (task.completedAt !== null) throw new SkyhoundError('SKY_USAGE', `governance task ${id} is completed`, { hint: 'only open tasks take an ETA or a new due date' })
  return task
}

function checkDate(date: string, flag: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00.000Z`) : Number.NaN
  if (Number.isNaN(parsed) || isoDate(new Date(parsed)) !== date) {
    throw new SkyhoundError('SKY_USAGE', `${flag} ${date} is not a date`, { hint: `give ${flag} as YYYY-MM-DD` })
  }
  return date
}

function checkText(text: string | undefined, flag: string, what: string): string {
  const value = text?.trim() ?? ''
  if (value === '') throw new SkyhoundError('SKY_USAGE', `${what} needs ${flag}`, { hint: `say why in ${flag} "<text>": it is kept in the task history` })
  return value
}

export interface TaskEdit {
  readonly date: string
  readonly text: string | undefined
  readonly actor: string
  readonly now: Date
}

/** The owner's expected completion date; the due date does not move. A justification is mandatory. */
export async function setTaskEta(store: Store, id: string, edit: TaskEdit): Promise<GovernanceTask> {
  const task = await openTask(store, id)
  const date = checkDate(edit.date, '--date')
  const justification = checkText(edit.text, '--justification', 'an ETA')
  const at = edit.now.toISOString()
  const updated: GovernanceTask = { ...task, eta: { date, justification, by: edit.actor, at }, updatedAt: at }
  const change: TaskChange = { taskId: id, at, actor: edit.actor, field: 'eta', from: task.eta?.date ?? null, to: date, reason: justification }
  await store.governance.saveTasks([taskAt(updated, edit.now)], [change])
  return taskAt(updated, edit.now)
}

/** An admin moves the due date (the reference system cannot, defender-cspm.md §9); a reason is mandatory. */
export async function moveTaskDueDate(store: Store, id: string, edit: TaskEdit): Promise<GovernanceTask> {
  const task = await openTask(store, id)
  const date = checkDate(edit.date, '--date')
  const reason = checkText(edit.text, '--reason', 'a due-date change')
  if (task.owner === null) throw new SkyhoundError('SKY_USAGE', `governance task ${id} has no owner`, { hint: 'give the resource an owner tag (or the rule an owner) and run `skyhound governance sync` first' })
  const at = edit.now.toISOString()
  const updated = taskAt({ ...task, dueDate: date, updatedAt: at }, edit.now)
  const changes: TaskChange[] = [{ taskId: id, at, actor: edit.actor, field: 'dueDate', from: task.dueDate, to: date, reason }]
  const before = taskAt(task, edit.now).status
  if (updated.status !== before) changes.push({ taskId: id, at, actor: edit.actor, field: 'status', from: before, to: updated.status, reason: 'due date moved' })
  await store.governance.saveTasks([updated], changes)
  return updated
}
