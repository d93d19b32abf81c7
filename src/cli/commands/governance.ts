/**
 * @module `skyhound governance apply|rules|remove-rule|tasks|show|eta|due-date|report|sync`: governance rules that assign
 * findings to owners with due dates, and the tasks they create (docs/governance.md). `--at` evaluates as of
 * another time (what will be overdue next week; tests); it is the only clock the commands read.
 */
import { userInfo } from 'node:os'
import type { Command } from 'commander'
import { timeframeDays } from '../../governance/governance-rule.js'
import type { GovernanceRule } from '../../governance/governance-rule.js'
import { governanceReport, governanceReportCsv } from '../../governance/governance-report.js'
import type { ReportRow } from '../../governance/governance-report.js'
import { applyGovernanceRulesFile, moveTaskDueDate, removeGovernanceRule, setTaskEta, storedGovernanceRules, syncGovernance, tasksAt } from '../../governance/governance-service.js'
import type { SyncResult } from '../../governance/governance-service.js'
import { SkyhoundError } from '../../model/errors.js'
import { TASK_STATUSES } from '../../model/governance.js'
import type { GovernanceTask, TaskStatus } from '../../model/governance.js'
import { openStore } from '../../store/open-store.js'
import type { Store } from '../../store/store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

interface ClockFlags {
  readonly at?: string
}
interface ActorFlags {
  readonly by?: string
}

/** The commands' clock: `--at` or now. */
function clock(flags: ClockFlags): Date {
  if (flags.at === undefined) return new Date()
  const time = Date.parse(flags.at)
  if (Number.isNaN(time)) throw new SkyhoundError('SKY_USAGE', `--at ${flags.at} is not a date`, { hint: 'an ISO date or time such as 2026-03-15 or 2026-03-15T09:00:00Z' })
  return new Date(time)
}

function actor(flags: ActorFlags): string {
  if (flags.by !== undefined && flags.by.trim() !== '') return flags.by.trim()
  try {
    return userInfo().username
  } catch {
    return 'cli'
  }
}

async function withStore<T>(ctx: CliContext, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(ctx.flags.db)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

function ownerText(rule: GovernanceRule): string {
  const parts = [
    rule.owner.tag === undefined ? undefined : `tag ${rule.owner.tag}`,
    rule.owner.mapping === undefined ? undefined : `mapping (${Object.keys(rule.owner.mapping).length} scopes)`,
    rule.owner.email,
  ].filter((p) => p !== undefined)
  return parts.join(' → ')
}

function syncLine(s: SyncResult): string {
  return `Tasks synced with snapshot ${s.snapshot}: ${s.open} open; ${s.created} created, ${s.completed} completed, ${s.reopened} reopened, ${s.reassigned} reassigned, ${s.statusChanged} status changes`
}

const SORT: Record<TaskStatus, number> = { overdue: 0, 'on-time': 1, unassigned: 2, completed: 3 }

function taskLine(t: GovernanceTask): string {
  const eta = t.eta === null ? '' : `  eta ${t.eta.date}`
  return `${t.status.padEnd(10)} ${(t.dueDate ?? '-').padEnd(10)} ${t.finding.severity.padEnd(8)} ${(t.owner ?? '(unassigned)').padEnd(36)} ${t.finding.ruleId}  ${t.resource.name}${eta}${t.gracePeriod ? '  [grace]' : ''}`
}

function rowLine(key: string, r: ReportRow): string {
  const mttr = r.meanDaysToRemediate === null ? '-' : `${r.meanDaysToRemediate} d`
  return `  ${key.padEnd(44)} ${String(r.open).padStart(5)} ${String(r.overdue).padStart(8)} ${String(r.onTime).padStart(8)} ${String(r.unassigned).padStart(10)} ${String(r.completed).padStart(9)}  ${mttr}`
}

async function runApply(ctx: CliContext, file: string, flags: ClockFlags & ActorFlags & { readonly rules?: string; readonly sync: boolean }): Promise<ExitCode> {
  const now = clock(flags)
  return withStore(ctx, async (store) => {
    const custom = flags.rules === undefined ? {} : { customRulesDir: flags.rules }
    const applied = await applyGovernanceRulesFile(store, file, { now, ...custom })
    const sync = flags.sync && (await store.latestSnapshotId()) !== undefined ? await syncGovernance(store, { now, actor: actor(flags), ...custom }) : null
    if (ctx.flags.json) ctx.printJson({ file, rules: applied.map((r) => r.rule.id), sync })
    else {
      ctx.say(`Applied ${applied.length} governance rule${applied.length === 1 ? '' : 's'} from ${file}: ${applied.map((r) => r.rule.id).join(', ')}`)
      ctx.say(sync === null ? 'No snapshot yet: tasks are created by the next `skyhound scan`.' : syncLine(sync))
    }
    return EXIT.ok
  })
}

async function runRules(ctx: CliContext): Promise<ExitCode> {
  return withStore(ctx, async (store) => {
    const records = await store.governance.listRules()
    const rules = await storedGovernanceRules(store)
    if (ctx.flags.json) {
      ctx.printJson({ rules: rules.map((rule, i) => ({ ...rule, timeframeDays: timeframeDays(rule), source: records[i]!.source, updatedAt: records[i]!.updatedAt })) })
      return EXIT.ok
    }
    if (rules.length === 0) {
      ctx.say('No governance rules yet: `skyhound governance apply <rules.yaml>` (docs/governance.md).')
      return EXIT.ok
    }
    ctx.say('priority  id                          enabled  days  grace  owner')
    for (const rule of rules) {
      ctx.say(`${String(rule.priority).padStart(8)}  ${rule.id.padEnd(27)} ${(rule.enabled ? 'yes' : 'no').padEnd(8)} ${String(timeframeDays(rule)).padStart(4)}  ${(rule.gracePeriod ? 'yes' : 'no').padEnd(5)}  ${ownerText(rule)}`)
    }
    return EXIT.ok
  })
}

interface TaskFlags extends ClockFlags {
  readonly status?: string
  readonly owner?: string
  readonly limit?: number
}

async function runTasks(ctx: CliContext, flags: TaskFlags): Promise<ExitCode> {
  const now = clock(flags)
  if (flags.status !== undefined && !(TASK_STATUSES as readonly string[]).includes(flags.status)) {
    throw new SkyhoundError('SKY_USAGE', `--status ${flags.status} is not a task status`, { hint: `one of ${TASK_STATUSES.join(', ')}` })
  }
  return withStore(ctx, async (store) => {
    const tasks = (await tasksAt(store, now))
      .filter((t) => (flags.status === undefined || t.status === flags.status) && (flags.owner === undefined || t.owner === flags.owner))
      .sort((a, b) => SORT[a.status] - SORT[b.status] || (a.dueDate ?? '9') .localeCompare(b.dueDate ?? '9') || a.id.localeCompare(b.id))
    const shown = flags.limit === undefined ? tasks : tasks.slice(0, flags.limit)
    if (ctx.flags.json) {
      ctx.printJson({ at: now.toISOString(), total: tasks.length, tasks: shown })
      return EXIT.ok
    }
    if (tasks.length === 0) {
      ctx.say('No governance tasks match.')
      return EXIT.ok
    }
    ctx.say('status     due        severity owner                                rule  resource')
    for (const t of shown) ctx.say(taskLine(t))
    if (shown.length < tasks.length) ctx.say(`… ${tasks.length - shown.length} more (--limit)`)
    return EXIT.ok
  })
}

async function runShow(ctx: CliContext, id: string, flags: ClockFlags): Promise<ExitCode> {
  const now = clock(flags)
  return withStore(ctx, async (store) => {
    const task = (await tasksAt(store, now)).find((t) => t.id === id)
    if (task === undefined) throw new SkyhoundError('SKY_USAGE', `no governance task ${id}`, { hint: '`skyhound governance tasks` lists the task ids (the finding ids)' })
    const history = await store.governance.listChanges(id)
    if (ctx.flags.json) {
      ctx.printJson({ task, history })
      return EXIT.ok
    }
    ctx.say(taskLine(task))
    ctx.say(`  ${task.finding.title} — ${task.resource.id}`)
    if (task.eta !== null) ctx.say(`  ETA ${task.eta.date} by ${task.eta.by}: ${task.eta.justification}`)
    ctx.say('History:')
    for (const h of history) ctx.say(`  ${h.at}  ${h.actor.padEnd(16)} ${h.field}: ${h.from ?? '-'} → ${h.to ?? '-'}${h.reason === null ? '' : `  (${h.reason})`}`)
    return EXIT.ok
  })
}

interface EditFlags extends ClockFlags, ActorFlags {
  readonly date: string
  readonly justification?: string
  readonly reason?: string
}

async function runEdit(ctx: CliContext, id: string, flags: EditFlags, kind: 'eta' | 'due-date'): Promise<ExitCode> {
  const now = clock(flags)
  return withStore(ctx, async (store) => {
    const edit = { date: flags.date, actor: actor(flags), now }
    const task = kind === 'eta' ? await setTaskEta(store, id, { ...edit, text: flags.justification }) : await moveTaskDueDate(store, id, { ...edit, text: flags.reason })
    if (ctx.flags.json) ctx.printJson({ task })
    else ctx.say(kind === 'eta' ? `ETA of ${id} set to ${flags.date}; due date stays ${task.dueDate ?? '-'}` : `Due date of ${id} moved to ${flags.date} (${task.status})`)
    return EXIT.ok
  })
}

async function runReport(ctx: CliContext, flags: ClockFlags & { readonly csv?: boolean }): Promise<ExitCode> {
  const now = clock(flags)
  return withStore(ctx, async (store) => {
    const report = governanceReport(await store.governance.listTasks(), now)
    if (flags.csv === true) {
      ctx.stdout.write(governanceReportCsv(report))
      return EXIT.ok
    }
    if (ctx.flags.json) {
      ctx.printJson(report)
      return EXIT.ok
    }
    const header = `  ${''.padEnd(44)} ${'open'.padStart(5)} ${'overdue'.padStart(8)} ${'on-time'.padStart(8)} ${'unassigned'.padStart(10)} ${'completed'.padStart(9)}  MTTR`
    ctx.say(`Governance report as of ${report.at}`)
    ctx.say(header)
    ctx.say(rowLine('all tasks', report.totals))
    for (const [title, rows] of [
      ['By owner', report.owners.map((r) => [r.owner ?? '(unassigned)', r] as const)],
      ['By governance rule', report.rules.map((r) => [r.rule ?? '(rule removed)', r] as const)],
      ['By scope', report.scopes.map((r) => [r.scope, r] as const)],
    ] as const) {
      ctx.say(`\n${title}:`)
      for (const [key, row] of rows) ctx.say(rowLine(key, row))
    }
    return EXIT.ok
  })
}

async function runSync(ctx: CliContext, flags: ClockFlags & ActorFlags & { readonly snapshot?: string; readonly rules?: string }): Promise<ExitCode> {
  const now = clock(flags)
  return withStore(ctx, async (store) => {
    const result = await syncGovernance(store, {
      now,
      actor: actor(flags),
      ...(flags.snapshot === undefined ? {} : { snapshotId: flags.snapshot }),
      ...(flags.rules === undefined ? {} : { customRulesDir: flags.rules }),
    })
    if (ctx.flags.json) ctx.printJson(result)
    else ctx.say(syncLine(result))
    return EXIT.ok
  })
}

const AT = ['--at <time>', 'evaluate as of this ISO date/time instead of now'] as const
const BY = ['--by <name>', 'who the task history names (default: the OS user)'] as const

/** Registers the `governance` group and returns it, so other modules can attach subcommands (`notify`). */
export function registerGovernance(program: Command, context: () => CliContext, done: (code: ExitCode) => void): Command {
  const governance = program
    .command('governance')
    .summary('governance rules, remediation tasks with owners and due dates, and their report')
    .description('Rules assign unhealthy findings to owners with due dates; each scan creates, updates and completes the tasks (docs/governance.md).')
  governance
    .command('apply')
    .summary('validate and store governance rules from a YAML/JSON file, then sync the tasks')
    .argument('<file>', 'rules file (docs/governance.md)')
    .option('--rules <dir>', 'custom rules folder, so conditions may name custom rule ids')
    .option('--no-sync', 'only store the rules; tasks follow at the next scan or `governance sync`')
    .option(...AT)
    .option(...BY)
    .action(async (file: string, flags: ClockFlags & ActorFlags & { rules?: string; sync: boolean }) => done(await runApply(context(), file, flags)))
  governance
    .command('rules')
    .summary('list the stored governance rules by priority')
    .action(async () => done(await runRules(context())))
  governance
    .command('remove-rule')
    .summary('delete a stored governance rule (its tasks stay and keep their owner and due date)')
    .argument('<id>', 'rule id')
    .action(async (id: string) =>
      done(
        await withStore(context(), async (store) => {
          if (!(await removeGovernanceRule(store, id))) throw new SkyhoundError('SKY_USAGE', `no governance rule ${id}`, { hint: '`skyhound governance rules` lists the ids' })
          const ctx = context()
          if (ctx.flags.json) ctx.printJson({ removed: id })
          else ctx.say(`Removed governance rule ${id}; its tasks stay.`)
          return EXIT.ok
        }),
      ),
    )
  governance
    .command('tasks')
    .summary('list remediation tasks (status as of now or --at)')
    .option('--status <status>', `only this status: ${TASK_STATUSES.join(', ')}`)
    .option('--owner <owner>', 'only this owner')
    .option('--limit <n>', 'print at most n tasks', (v) => Number.parseInt(v, 10))
    .option(...AT)
    .action(async (flags: TaskFlags) => done(await runTasks(context(), flags)))
  governance
    .command('show')
    .summary('one task with its full history')
    .argument('<task>', 'task id (the finding id)')
    .option(...AT)
    .action(async (id: string, flags: ClockFlags) => done(await runShow(context(), id, flags)))
  governance
    .command('eta')
    .summary("set a task's expected completion date (the due date does not move)")
    .argument('<task>', 'task id (the finding id)')
    .requiredOption('--date <YYYY-MM-DD>', 'expected completion date')
    .option('--justification <text>', 'why (mandatory)')
    .option(...AT)
    .option(...BY)
    .action(async (id: string, flags: EditFlags) => done(await runEdit(context(), id, flags, 'eta')))
  governance
    .command('due-date')
    .summary("admin: move a task's due date, with a reason")
    .argument('<task>', 'task id (the finding id)')
    .requiredOption('--date <YYYY-MM-DD>', 'new due date')
    .option('--reason <text>', 'why (mandatory; kept in the history)')
    .option(...AT)
    .option(...BY)
    .action(async (id: string, flags: EditFlags) => done(await runEdit(context(), id, flags, 'due-date')))
  governance
    .command('report')
    .summary('tasks by owner, governance rule and scope, with mean time to remediate (--json, --csv)')
    .option('--csv', 'CSV: one row per owner, rule and scope')
    .option(...AT)
    .action(async (flags: ClockFlags & { csv?: boolean }) => done(await runReport(context(), flags)))
  governance
    .command('sync')
    .summary('re-evaluate the tasks against the latest (or a given) snapshot')
    .option('--snapshot <id>', 'snapshot id (default: latest)')
    .option('--rules <dir>', 'custom rules folder of that scan')
    .option(...AT)
    .option(...BY)
    .action(async (flags: ClockFlags & ActorFlags & { snapshot?: string; rules?: string }) => done(await runSync(context(), flags)))
  return governance
}
