/**
 * @module One `skyhound governance notify` run: builds the week's digests, leaves out those the notification log
 * already holds, sends the rest (or writes them as .eml in a dry run), logs each one sent, and posts the tasks
 * that became overdue since the last run to every webhook. A failed delivery is reported and does not stop the
 * others; it stays out of the log, so the next run tries it again.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GovernanceTask } from '../../model/governance.js'
import type { NotificationStore } from '../../store/notification-store.js'
import { renderDigest } from './digest-render.js'
import type { MailSender } from './mail-sender.js'
import type { NotificationKind } from './notification-kind.js'
import type { NotifyConfig } from './notify-config.js'
import { buildDigests, digestTask } from './notify-digest.js'
import type { NotifyDirectory } from './notify-directory.js'
import type { RuleNotificationSettings } from './notify-digest.js'
import { isoDay } from './iso-week.js'
import { postOverdueEvent, WEBHOOK_EVENT } from './webhook-sender.js'
import type { OverduePayload, OverdueTaskEvent, WebhookHooks } from './webhook-sender.js'

export interface NotifyRunInput {
  readonly tasks: readonly GovernanceTask[]
  readonly directory: NotifyDirectory
  readonly config: NotifyConfig
  readonly log: NotificationStore
  readonly sender: MailSender
  /** A dry run writes .eml files and webhook payloads here, sends nothing and logs nothing. */
  readonly dryRunDir?: string
  readonly now: Date
  /** Per governance rule: whether its tasks are in owner and manager digests (default: both). */
  readonly rules?: ReadonlyMap<string, RuleNotificationSettings>
  readonly webhookHooks?: WebhookHooks
}

export interface NotificationOutcome {
  readonly kind: NotificationKind
  readonly recipient: string
  readonly period: string
  readonly tasks: number
  readonly messageId?: string
  readonly file?: string
}

export interface NotifyFailure {
  readonly kind: NotificationKind
  readonly recipient: string
  readonly message: string
}

export interface NotifyReport {
  readonly dryRun: boolean
  readonly sent: readonly NotificationOutcome[]
  /** Already in the notification log for this period. */
  readonly alreadySent: readonly NotificationOutcome[]
  readonly failures: readonly NotifyFailure[]
  /** Task owners with open tasks whom the directory cannot reach. */
  readonly unreachableOwners: readonly string[]
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** The log key of a webhook event: a task announced overdue for one due date (moved due dates announce again). */
export const webhookPeriod = (task: GovernanceTask): string => `${task.id}@${task.dueDate ?? 'none'}`

function overdueEvent(task: GovernanceTask, daysOverdue: number): OverdueTaskEvent {
  return { id: task.id, owner: task.owner, dueDate: task.dueDate, daysOverdue, eta: task.eta, finding: task.finding, resource: task.resource, governanceRuleId: task.governanceRuleId }
}

async function sendDigests(input: NotifyRunInput, out: { sent: NotificationOutcome[]; alreadySent: NotificationOutcome[]; failures: NotifyFailure[] }): Promise<readonly string[]> {
  const { config, now } = input
  const result = buildDigests(input.tasks, input.directory, { now, owners: config.owners, managers: config.managers, ...(input.rules === undefined ? {} : { rules: input.rules }) })
  const period = result.digests[0]?.period
  const logged = new Set(period === undefined ? [] : (await input.log.listSent({ period })).map((r) => `${r.kind}|${r.recipient}`))
  for (const digest of result.digests) {
    const tasks = digest.kind === 'owner-digest' ? digest.open : digest.overdue
    const outcome = { kind: digest.kind, recipient: digest.recipient, period: digest.period, tasks }
    if (logged.has(`${digest.kind}|${digest.recipient}`)) {
      out.alreadySent.push(outcome)
      continue
    }
    // The key is claimed before sending and confirmed after: a second run at the same time finds it taken.
    const live = input.dryRunDir === undefined
    if (live && !(await input.log.recordSent({ ...outcome, sentAt: now.toISOString(), messageId: null }))) {
      out.alreadySent.push(outcome)
      continue
    }
    const mail = renderDigest(digest)
    try {
      const sent = await input.sender.send({
        from: config.from,
        to: digest.recipient,
        ...mail,
        date: now,
        headers: { 'X-Skyhound-Notification': `${digest.kind}; period=${digest.period}` },
        stem: `${digest.period}-${digest.kind}-${digest.recipient}`,
      })
      if (live) await input.log.confirmSent(outcome, sent.messageId)
      out.sent.push({ ...outcome, messageId: sent.messageId, ...(sent.file === undefined ? {} : { file: sent.file }) })
    } catch (error) {
      if (live) await input.log.releaseClaim(outcome)
      out.failures.push({ kind: digest.kind, recipient: digest.recipient, message: message(error) })
    }
  }
  return result.unreachableOwners
}

/** Tasks per webhook event: a first run on a large estate posts several bounded bodies, not one huge one. */
export const WEBHOOK_BATCH = 100

async function postWebhooks(input: NotifyRunInput, out: { sent: NotificationOutcome[]; failures: NotifyFailure[] }): Promise<void> {
  const today = isoDay(input.now)
  const overdue = input.tasks.flatMap((task) => {
    const t = digestTask(task, today)
    return t?.overdue === true ? [t] : []
  })
  for (const webhook of input.config.webhooks) {
    const announced = new Set((await input.log.listSent({ kind: 'webhook-overdue', recipient: webhook.name })).map((r) => r.period))
    const fresh = overdue.filter((t) => !announced.has(webhookPeriod(t.task)))
    for (let start = 0; start < fresh.length; start += WEBHOOK_BATCH) {
      const batch = fresh.slice(start, start + WEBHOOK_BATCH)
      const events = batch.map((t) => overdueEvent(t.task, t.daysOverdue))
      const outcome = { kind: 'webhook-overdue' as const, recipient: webhook.name, period: today, tasks: batch.length }
      let claimed: { kind: 'webhook-overdue'; recipient: string; period: string }[] = []
      try {
        if (input.dryRunDir !== undefined) {
          const payload: OverduePayload = { type: WEBHOOK_EVENT, id: 'dry-run', sentAt: input.now.toISOString(), tasks: events }
          await mkdir(input.dryRunDir, { recursive: true })
          const part = fresh.length > WEBHOOK_BATCH ? `-${start / WEBHOOK_BATCH + 1}` : ''
          const file = join(input.dryRunDir, `webhook-${webhook.name.replace(/[^\w.@-]+/g, '_')}${part}.json`)
          await writeFile(file, `${JSON.stringify(payload, null, 2)}\n`)
          out.sent.push({ ...outcome, file })
          continue
        }
        // Each task's key is claimed first, so a run at the same time announces none of them twice.
        const keys = batch.map((t) => ({ kind: 'webhook-overdue' as const, recipient: webhook.name, period: webhookPeriod(t.task) }))
        const mine: boolean[] = []
        for (const key of keys) mine.push(await input.log.recordSent({ ...key, sentAt: input.now.toISOString(), messageId: null, tasks: 1 }))
        claimed = keys.filter((_, i) => mine[i])
        if (claimed.length === 0) continue
        const payload = await postOverdueEvent(
          webhook,
          events.filter((_, i) => mine[i]),
          { now: () => input.now, ...input.webhookHooks },
        )
        for (const key of claimed) await input.log.confirmSent(key, payload.id)
        out.sent.push({ ...outcome, tasks: claimed.length, messageId: payload.id })
      } catch (error) {
        for (const key of claimed) await input.log.releaseClaim(key)
        out.failures.push({ kind: 'webhook-overdue', recipient: webhook.name, message: message(error) })
        // The receiver is down: the rest would fail the same way; they go out with the next run.
        break
      }
    }
  }
}

export async function runNotify(input: NotifyRunInput): Promise<NotifyReport> {
  const out = { sent: [] as NotificationOutcome[], alreadySent: [] as NotificationOutcome[], failures: [] as NotifyFailure[] }
  const unreachableOwners = await sendDigests(input, out)
  await postWebhooks(input, out)
  return { dryRun: input.dryRunDir !== undefined, ...out, unreachableOwners }
}
