/**
 * @module `skyhound governance notify`: the weekly governance digests (owners: open and overdue tasks; managers:
 * overdue ones) over SMTP or, with --dry-run DIR, as .eml files; signed webhook events for newly overdue tasks.
 * Safe to run daily from cron: the notification log keeps it to one digest per person per ISO week.
 * docs/governance-notifications.md.
 */
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { createEmlSender, createSmtpSender } from '../../governance/notify/mail-sender.js'
import type { MailSender } from '../../governance/notify/mail-sender.js'
import { loadNotifyConfig } from '../../governance/notify/notify-config.js'
import type { NotifyConfig, NotifyFlags } from '../../governance/notify/notify-config.js'
import { EMPTY_DIRECTORY, loadDirectory } from '../../governance/notify/notify-directory.js'
import { runNotify } from '../../governance/notify/notify-run.js'
import type { NotifyReport } from '../../governance/notify/notify-run.js'
import { storedGovernanceRules } from '../../governance/governance-service.js'
import { SkyhoundError } from '../../model/errors.js'
import { openStore } from '../../store/open-store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

export interface NotifyCommandFlags extends NotifyFlags {
  /** Write .eml files (and webhook payloads) here instead of sending. */
  readonly dryRun?: string
  /** Act as of this time (ISO), like the other governance commands' --at: catch-up runs and tests. */
  readonly at?: string
}

function clock(text: string | undefined, fallback: Date): Date {
  if (text === undefined) return fallback
  const time = Date.parse(text)
  if (Number.isNaN(time)) throw new SkyhoundError('SKY_USAGE', `--at ${text} is not a date`, { hint: 'an ISO time such as 2026-11-30T08:00:00Z' })
  return new Date(time)
}

/** What is sent: mail needs a relay unless this is a dry run; without one, only webhooks go out. */
function planDelivery(config: NotifyConfig, dryRunDir: string | undefined): { sender: MailSender; config: NotifyConfig; mailSkipped: boolean } {
  if (dryRunDir !== undefined) return { sender: createEmlSender(dryRunDir), config, mailSkipped: false }
  if (config.smtp !== undefined) return { sender: createSmtpSender(config.smtp), config, mailSkipped: false }
  if (config.webhooks.length === 0) {
    throw new SkyhoundError('SKY_USAGE', 'governance notify has nowhere to send: no SMTP host and no webhook', {
      hint: 'set smtp.host in --config FILE (or --smtp-host, SKYHOUND_SMTP_HOST), add a webhook, or preview with --dry-run DIR',
    })
  }
  return { sender: createEmlSender(dryRunDir ?? '.'), config: { ...config, owners: false, managers: false }, mailSkipped: true }
}

function printReport(ctx: CliContext, report: NotifyReport, mailSkipped: boolean): void {
  const verb = report.dryRun ? 'Wrote' : 'Sent'
  for (const s of report.sent) ctx.say(`${verb} ${s.kind} to ${s.recipient} (${s.period}, ${s.tasks} task${s.tasks === 1 ? '' : 's'})${s.file === undefined ? '' : ` → ${s.file}`}`)
  if (report.alreadySent.length > 0) ctx.say(`${report.alreadySent.length} digest(s) already sent this week, not sent again`)
  if (report.unreachableOwners.length > 0) ctx.say(`No mailbox for owner(s) ${report.unreachableOwners.join(', ')}: add them to the owner directory (teams or emails)`)
  if (mailSkipped) ctx.say('No SMTP host configured: digests were not sent (webhooks only)')
  for (const f of report.failures) ctx.stderr.write(`failed: ${f.kind} to ${f.recipient}: ${f.message}\n`)
  if (report.sent.length === 0 && report.failures.length === 0) ctx.say('Nothing to send.')
}

export async function governanceNotify(ctx: CliContext, flags: NotifyCommandFlags, now = new Date()): Promise<ExitCode> {
  const at = clock(flags.at, now)
  const loaded = await loadNotifyConfig(flags)
  const directory = loaded.directoryFile === undefined ? EMPTY_DIRECTORY : await loadDirectory(loaded.directoryFile)
  const dryRunDir = flags.dryRun === undefined ? undefined : resolve(flags.dryRun)
  const { sender, config, mailSkipped } = planDelivery(loaded, dryRunDir)
  const store = await openStore(ctx.flags.db)
  let report: NotifyReport
  try {
    const tasks = await store.governance.listTasks()
    const rules = new Map((await storedGovernanceRules(store)).map((rule) => [rule.id, rule.notifications]))
    report = await runNotify({ tasks, directory, config, rules, log: store.notifications, sender, now: at, ...(dryRunDir === undefined ? {} : { dryRunDir }) })
  } finally {
    sender.close()
    await store.close()
  }
  if (ctx.flags.json) ctx.printJson({ ...report, mailSkipped })
  else printReport(ctx, report, mailSkipped)
  if (report.failures.length > 0) {
    throw new SkyhoundError('SKY_NOTIFY_DELIVERY', `${report.failures.length} notification(s) could not be delivered; the others were sent`, {
      hint: 'run the command again later: what failed is not in the notification log, so it is retried and nothing is sent twice',
    })
  }
  return EXIT.ok
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value]

/** Adds `notify` to the `skyhound governance` command group. */
export function registerGovernanceNotify(parent: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  parent
    .command('notify')
    .summary('send the weekly governance digests (owners, managers) and overdue-task webhooks')
    .option('--config <file>', 'notify config (YAML/JSON): smtp, webhooks, directory (docs/governance-notifications.md)')
    .option('--directory <file>', 'owner directory: owners → manager, teams → members')
    .option('--dry-run <dir>', 'write one .eml per message (and webhook payloads) into <dir>; send and log nothing')
    .option('--from <address>', 'From address (or SKYHOUND_NOTIFY_FROM)')
    .option('--smtp-host <host>', 'SMTP relay host (or SKYHOUND_SMTP_HOST)')
    .option('--smtp-port <port>', 'SMTP port (or SKYHOUND_SMTP_PORT; default 587, 465 with --smtp-secure)')
    .option('--smtp-user <user>', 'SMTP user (or SKYHOUND_SMTP_USER); the password is read from SKYHOUND_SMTP_PASSWORD only')
    .option('--smtp-secure', 'implicit TLS (port 465)')
    .option('--smtp-starttls <mode>', 'required (default), opportunistic or disabled')
    .option('--webhook <url>', 'also post new overdue tasks here, signed with SKYHOUND_WEBHOOK_SECRET (repeatable)', collect)
    .option('--no-owners', 'do not send owner digests')
    .option('--no-managers', 'do not send manager digests')
    .option('--at <time>', 'evaluate as of this ISO date/time instead of now (catch-up runs)')
    .action(async (flags: NotifyCommandFlags & { owners: boolean; managers: boolean }) => {
      // Commander sets owners/managers to true unless negated; only a negation overrides the config file.
      const { owners, managers, ...rest } = flags
      done(await governanceNotify(context(), { ...rest, ...(owners ? {} : { owners: false }), ...(managers ? {} : { managers: false }) }))
    })
}
