/** @module `skyhound findings`: the recommendations of a snapshot, filtered, by risk, grouped by rule or resource. */
import type { Command } from 'commander'
import { SkyhoundError } from '../../model/errors.js'
import type { Finding } from '../../model/finding.js'
import { str } from '../../report/export-input.js'
import { byRisk, filterFindings, groupFindings } from '../../report/finding-filter.js'
import type { FindingFilter } from '../../report/finding-filter.js'
import { loadPostureSnapshot } from '../../report/posture-snapshot.js'
import { openStore } from '../../store/open-store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

export interface FilterFlags {
  readonly snapshot?: string
  readonly provider?: string[]
  readonly severity?: string[]
  readonly risk?: string[]
  readonly rule?: string[]
  readonly scope?: string[]
  readonly status?: string[]
  readonly resource?: string
  readonly rules?: string
}

interface FindingsFlags extends FilterFlags {
  readonly groupBy?: string
  readonly limit: number
}

export function filterOf(flags: FilterFlags): FindingFilter {
  return {
    ...(flags.provider === undefined ? {} : { providers: flags.provider }),
    ...(flags.severity === undefined ? {} : { severities: flags.severity }),
    ...(flags.risk === undefined ? {} : { risks: flags.risk }),
    ...(flags.rule === undefined ? {} : { rules: flags.rule }),
    ...(flags.scope === undefined ? {} : { scopes: flags.scope }),
    ...(flags.status === undefined ? {} : { statuses: flags.status }),
    ...(flags.resource === undefined ? {} : { resource: flags.resource }),
  }
}

/** The filter options `findings` and `export` share. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--snapshot <id>', 'snapshot id (default: latest)')
    .option('--provider <provider...>', 'aws, azure, gcp, kubernetes')
    .option('--severity <severity...>', 'low, medium, high, critical')
    .option('--risk <risk...>', 'risk level after prioritization')
    .option('--rule <id...>', 'rule ids')
    .option('--scope <scope...>', 'account, subscription, project, cluster or resource group ids')
    .option('--status <status...>', 'healthy, unhealthy, not-applicable, unknown, error, exempted (default: unhealthy)')
    .option('--resource <text>', 'resource id or name contains this text')
    .option('--rules <dir>', 'folder of custom YAML/CEL rules (for their titles)')
}

const line = (f: Finding): string =>
  `${(str(f.details['risk']) || f.severity).padEnd(9)}${f.ruleId.padEnd(52)}${f.message}${f.details['exemption'] === undefined ? '' : '  [exempted]'}`

export async function runFindings(ctx: CliContext, flags: FindingsFlags): Promise<ExitCode> {
  if (flags.groupBy !== undefined && flags.groupBy !== 'rule' && flags.groupBy !== 'resource') {
    throw new SkyhoundError('SKY_USAGE', `--group-by ${flags.groupBy} is not rule or resource`, { hint: '--group-by rule | --group-by resource' })
  }
  const store = await openStore(ctx.flags.db)
  try {
    const snapshot = await loadPostureSnapshot(store, flags.snapshot, flags.rules === undefined ? {} : { customRulesDir: flags.rules })
    const findings = filterFindings(snapshot.exemptions.findings, filterOf(flags)).sort(byRisk)
    const groupBy = flags.groupBy
    if (ctx.flags.json) {
      ctx.printJson({
        snapshot: snapshot.id,
        total: findings.length,
        ...(groupBy === undefined
          ? { findings: findings.slice(0, flags.limit) }
          : { groups: groupFindings(findings, groupBy).map((g) => ({ [groupBy]: g.key, count: g.count, findings: g.findings.slice(0, flags.limit) })) }),
      })
      return EXIT.ok
    }
    if (findings.length === 0) {
      ctx.say(`No findings match in snapshot ${snapshot.id}.`)
      return EXIT.ok
    }
    if (groupBy === undefined) {
      for (const f of findings.slice(0, flags.limit)) ctx.say(line(f))
    } else {
      for (const group of groupFindings(findings, groupBy)) {
        const title = groupBy === 'rule' ? (snapshot.rules.get(group.key)?.title ?? group.key) : group.key
        ctx.say(`${title} (${group.count})`)
        for (const f of group.findings.slice(0, flags.limit)) ctx.say(`  ${line(f)}`)
      }
    }
    if (groupBy === undefined && findings.length > flags.limit) ctx.say(`… ${findings.length - flags.limit} more (--limit)`)
    ctx.say(`${findings.length} finding${findings.length === 1 ? '' : 's'} in snapshot ${snapshot.id}`)
    return EXIT.ok
  } finally {
    await store.close()
  }
}

export function registerFindings(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  addFilterOptions(
    program
      .command('findings')
      .summary('list the findings (recommendations) of a snapshot, highest risk first')
      .description('Reads the latest (or --snapshot) snapshot; exemptions in force now apply. Default: unhealthy, not exempted.'),
  )
    .option('--group-by <what>', 'rule or resource')
    .option('--limit <n>', 'findings to print (per group)', (v) => Number.parseInt(v, 10), 200)
    .action(async (flags: FindingsFlags) => done(await runFindings(context(), flags)))
}
