/** @module `skyhound scan <paths…>`: read exports, build the graph, analyse, store a snapshot. */
import type { Command } from 'commander'
import { parseCidr } from '../../analyses/exposure/ip-range.js'
import { SkyhoundError } from '../../model/errors.js'
import type { ScanIssue } from '../../model/issue.js'
import { renderCoverage, renderSummary } from '../../report/summary-text.js'
import type { SyncResult } from '../../governance/governance-service.js'
import { persistScan } from '../../scan/persist.js'
import { scan } from '../../scan/pipeline.js'
import { coverageOf } from '../../scan/summarize.js'
import { openStore } from '../../store/open-store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'
import { heapAdvice } from '../heap-advice.js'
import { scanProgress } from '../progress.js'

/** Issue kinds that mean an input (or part of one) was not ingested: `--strict` turns them into exit 2. */
const FAILED_INPUT_KINDS = new Set<ScanIssue['kind']>(['unrecognized-format', 'unreadable-input', 'parse-error', 'invalid-record', 'unexpected'])

interface ScanFlags {
  readonly strict?: boolean
  readonly coverage?: boolean
  readonly store: boolean
  readonly clusterId?: string
  readonly trustedCidr?: string[]
  readonly rules?: string
  /** Not a flag: `skyhound demo` backdates when its governance tasks' findings were first seen. */
  readonly backdateDays?: number
}

function checkTrustedCidrs(cidrs: readonly string[] | undefined): void {
  for (const cidr of cidrs ?? []) {
    if (parseCidr(cidr) === undefined) {
      throw new SkyhoundError('SKY_USAGE', `--trusted-cidr ${cidr} is not a CIDR`, {
        hint: 'give an IPv4 or IPv6 network such as 203.0.113.0/24 or 2001:db8::/32',
      })
    }
  }
}

function governanceLine(g: SyncResult): string {
  const moved = [
    [g.created, 'created'],
    [g.completed, 'completed'],
    [g.reopened, 'reopened'],
    [g.reassigned, 'reassigned'],
  ].filter(([n]) => n !== 0).map(([n, what]) => `${n} ${what}`)
  return `Governance: ${g.open} open tasks${moved.length === 0 ? '' : ` (${moved.join(', ')})`}; \`skyhound governance tasks\` lists them`
}

export async function runScan(ctx: CliContext, paths: readonly string[], flags: ScanFlags): Promise<ExitCode> {
  checkTrustedCidrs(flags.trustedCidr)
  const advice = await heapAdvice(paths)
  if (advice !== undefined && !ctx.flags.quiet) ctx.stderr.write(`${advice}\n`)
  const progress = scanProgress(ctx)
  const result = await (async () => {
    try {
      return await scan({
        paths,
        options: {
          ...(flags.clusterId === undefined ? {} : { clusterId: flags.clusterId }),
          ...(flags.trustedCidr === undefined ? {} : { trustedCidrs: flags.trustedCidr }),
        },
        ...(flags.rules === undefined ? {} : { customRulesDir: flags.rules }),
        onProgress: progress.onProgress,
      })
    } finally {
      progress.stop()
    }
  })()
  let storedAt: string | undefined
  let governance: SyncResult | undefined
  if (flags.store) {
    const store = await openStore(ctx.flags.db)
    try {
      governance = (
        await persistScan(store, result, {
          ...(flags.rules === undefined ? {} : { customRulesDir: flags.rules }),
          ...(flags.backdateDays === undefined ? {} : { backdateDays: flags.backdateDays, actor: `skyhound demo (first seen backdated ${flags.backdateDays} days)` }),
        })
      ).governance
      storedAt = store.location
    } finally {
      await store.close()
    }
  }
  const coverage = coverageOf(result.graph)
  if (ctx.flags.json) {
    ctx.printJson({ ...result.summary, coverage, store: storedAt ?? null, governance: governance ?? null })
  } else {
    ctx.say(renderSummary(result.summary))
    if (flags.coverage) ctx.say(renderCoverage(coverage))
    if (governance !== undefined && governance.open + governance.completed > 0) ctx.say(governanceLine(governance))
    if (storedAt !== undefined) ctx.say(`Stored in ${storedAt}`)
  }
  const failed = result.issues.some((issue) => FAILED_INPUT_KINDS.has(issue.kind))
  return flags.strict && failed ? EXIT.input : EXIT.ok
}

export function registerScan(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  program
    .command('scan')
    .summary('scan export files or folders into a snapshot')
    .description(
      'Reads cloud exports (AWS Config, IAM, Azure Resource Graph, GCP Cloud Asset Inventory, kubectl, Terraform, ' +
        'Trivy/Grype/SARIF), builds the security graph, runs the analyses and stores a snapshot.',
    )
    .argument('<paths...>', 'files or folders (folders are read recursively; see .skyhoundignore)')
    .option('--strict', 'exit 2 when any input (or record) could not be read')
    .option('--coverage', 'print the coverage report: which resource types were mapped')
    .option('--no-store', 'do not write a snapshot (dry run)')
    .option('--cluster-id <id>', 'cloud cluster id (EKS ARN, AKS id, GKE name) that Kubernetes inputs belong to')
    .option(
      '--trusted-cidr <cidr>',
      'a CIDR whose exposure is trusted (suppresses exposed-to-internet); repeat for several',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--rules <dir>', 'folder of custom YAML/CEL rules evaluated with the built-in ones')
    .action(async (paths: string[], flags: ScanFlags) => done(await runScan(context(), paths, flags)))
}
