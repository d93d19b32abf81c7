/** @module `skyhound exempt add|list|revoke`: exemptions of findings (mitigated or waiver), with expiry. */
import { randomBytes } from 'node:crypto'
import type { Command } from 'commander'
import { exemptionState } from '../../exemptions/apply-exemptions.js'
import { exemptionMatchSchema } from '../../exemptions/exemption-match.js'
import { SkyhoundError } from '../../model/errors.js'
import type { JsonObject } from '../../model/graph-types.js'
import { isExemptionCategory } from '../../store/exemption-store.js'
import type { ExemptionRecord } from '../../store/exemption-store.js'
import { openStore } from '../../store/open-store.js'
import type { Store } from '../../store/store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

interface AddFlags {
  readonly category: string
  readonly justification: string
  readonly name?: string
  readonly rule?: string[]
  readonly resource?: string[]
  readonly scope?: string[]
  readonly ruleCategory?: string[]
  readonly severity?: string[]
  readonly provider?: string[]
  readonly expires?: string
  readonly by?: string
}

async function withStore<T>(ctx: CliContext, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(ctx.flags.db)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

function expiryOf(text: string | undefined, now: Date): string | null {
  if (text === undefined) return null
  const time = Date.parse(text)
  if (Number.isNaN(time)) throw new SkyhoundError('SKY_USAGE', `--expires ${text} is not a date`, { hint: 'an ISO date such as 2026-12-31 or 2026-12-31T18:00:00Z' })
  if (time <= now.getTime()) throw new SkyhoundError('SKY_USAGE', `--expires ${text} is in the past`, { hint: 'give a future date' })
  return new Date(time).toISOString()
}

export async function addExemption(ctx: CliContext, flags: AddFlags, now = new Date()): Promise<ExitCode> {
  if (!isExemptionCategory(flags.category)) throw new SkyhoundError('SKY_USAGE', `--category ${flags.category} is not mitigated or waiver`, { hint: '--category mitigated | --category waiver' })
  const parsed = exemptionMatchSchema.safeParse({
    ruleIds: flags.rule,
    resourceIds: flags.resource,
    scopes: flags.scope,
    categories: flags.ruleCategory,
    severities: flags.severity,
    providers: flags.provider,
  })
  if (!parsed.success) {
    throw new SkyhoundError('SKY_USAGE', `the exemption covers nothing: ${parsed.error.issues.map((i) => i.message).join('; ')}`, {
      hint: 'name --rule, --resource, --scope, --rule-category, --severity or --provider',
    })
  }
  const match = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as JsonObject
  const record: ExemptionRecord = {
    id: `ex-${randomBytes(6).toString('hex')}`,
    name: flags.name ?? flags.justification.slice(0, 60),
    category: flags.category,
    justification: flags.justification,
    createdBy: flags.by ?? process.env['USER'] ?? 'cli',
    createdAt: now.toISOString(),
    expiresAt: expiryOf(flags.expires, now),
    revokedAt: null,
    match,
  }
  await withStore(ctx, (store) => store.exemptions.createExemption(record))
  if (ctx.flags.json) ctx.printJson({ exemption: record })
  else ctx.say(`Created ${record.category} exemption ${record.id}${record.expiresAt === null ? '' : ` (expires ${record.expiresAt})`}`)
  return EXIT.ok
}

export async function listExemptions(ctx: CliContext, flags: { readonly all?: boolean }, now = new Date()): Promise<ExitCode> {
  const all = await withStore(ctx, (store) => store.exemptions.listExemptions())
  const rows = all.map((e) => ({ ...e, state: exemptionState(e, now) })).filter((e) => flags.all === true || e.state !== 'revoked')
  if (ctx.flags.json) ctx.printJson({ exemptions: rows })
  else if (rows.length === 0) ctx.say('No exemptions.')
  else {
    for (const e of rows) {
      ctx.say(`${e.id}  ${e.state.padEnd(8)} ${e.category.padEnd(10)} ${e.createdBy} ${e.createdAt.slice(0, 10)}${e.expiresAt === null ? '' : ` → ${e.expiresAt.slice(0, 10)}`}  ${JSON.stringify(e.match)}  ${e.justification}`)
    }
    const expired = rows.filter((e) => e.state === 'expired')
    if (expired.length > 0) ctx.say(`${expired.length} expired exemption${expired.length === 1 ? '' : 's'} no longer apply`)
  }
  return EXIT.ok
}

export async function revokeExemption(ctx: CliContext, id: string, now = new Date()): Promise<ExitCode> {
  const revoked = await withStore(ctx, (store) => store.exemptions.revokeExemption(id, now.toISOString()))
  if (!revoked) throw new SkyhoundError('SKY_USAGE', `no active exemption ${id}`, { hint: '`skyhound exempt list` shows the ids' })
  if (ctx.flags.json) ctx.printJson({ revoked: id })
  else ctx.say(`Revoked exemption ${id}`)
  return EXIT.ok
}

export function registerExempt(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  const exempt = program.command('exempt').summary('exempt findings (mitigated or waiver), list or revoke exemptions')
  exempt
    .command('add')
    .summary('exempt the findings that match every selector given')
    .requiredOption('--category <category>', 'mitigated (counts healthy) or waiver (left out of the score)')
    .requiredOption('--justification <text>', 'why')
    .option('--name <name>', 'short name')
    .option('--rule <id...>', 'rule ids')
    .option('--resource <id...>', 'resource ids')
    .option('--scope <scope...>', 'account, subscription, project, cluster or resource group ids')
    .option('--rule-category <category...>', 'rule categories (data-exposure, encryption, …)')
    .option('--severity <severity...>', 'low, medium, high, critical')
    .option('--provider <provider...>', 'aws, azure, gcp, kubernetes')
    .option('--expires <date>', 'ISO date after which the exemption stops applying')
    .option('--by <who>', 'who grants it (default: $USER)')
    .action(async (flags: AddFlags) => done(await addExemption(context(), flags)))
  exempt
    .command('list', { isDefault: true })
    .summary('list exemptions with their state (active, expired, pending)')
    .option('--all', 'include revoked exemptions')
    .action(async (flags: { all?: boolean }) => done(await listExemptions(context(), flags)))
  exempt
    .command('revoke')
    .summary('revoke an exemption')
    .argument('<id>', 'exemption id')
    .action(async (id: string) => done(await revokeExemption(context(), id)))
}
