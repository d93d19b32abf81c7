/** @module `skyhound demo`: generate (or reuse) the demo estate, scan it, store the snapshot. */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Command } from 'commander'
import { DEMO_FIRST_SEEN_DAYS, DEMO_GOVERNANCE_RULES_FILE } from '../../demo/demo-governance-rules.js'
import { generateDemoEstate } from '../../demo/generate-demo.js'
import { applyGovernanceRulesFile } from '../../governance/governance-service.js'
import { openStore } from '../../store/open-store.js'
import type { CliContext } from '../cli-context.js'
import { SkyhoundError } from '../../model/errors.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'
import { runScan } from './scan.js'
import { runServe } from './serve.js'
import { DEFAULT_HOST, DEFAULT_PORT } from '../../server/start-server.js'

interface DemoFlags {
  readonly out?: string
  readonly seed: number
  readonly resources?: number
  readonly regenerate?: boolean
  /** False with --no-serve: scan and stop. */
  readonly serve: boolean
  readonly port: number
}

/** Where `skyhound demo` keeps the estate when no --out is given. */
export function defaultDemoDir(): string {
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share')
  return join(base, 'skyhound', 'demo-estate')
}

/** True when `dir` already holds an estate generated with the same seed and size. */
async function reusable(dir: string, flags: DemoFlags): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { seed?: unknown; resources?: unknown; requestedResources?: unknown }
    return manifest.seed === flags.seed && (flags.resources === undefined || manifest.requestedResources === flags.resources)
  } catch {
    return false
  }
}

async function generate(ctx: CliContext, dir: string, flags: { readonly seed: number; readonly resources?: number }): Promise<void> {
  const manifest = await generateDemoEstate({ outDir: dir, seed: flags.seed, ...(flags.resources === undefined ? {} : { resources: flags.resources }) })
  ctx.say(`Demo estate written to ${dir} (${manifest.files.length} files)`)
}

/** Stores the estate's governance rules (an estate generated before they existed has none: skipped). */
async function applyDemoGovernance(ctx: CliContext, dir: string): Promise<void> {
  const file = join(dir, DEMO_GOVERNANCE_RULES_FILE)
  if (!existsSync(file)) return
  const store = await openStore(ctx.flags.db)
  try {
    const rules = await applyGovernanceRulesFile(store, file, { now: new Date() })
    ctx.say(`Governance rules applied from ${file} (${rules.length}); tasks start ${DEMO_FIRST_SEEN_DAYS} days back`)
  } finally {
    await store.close()
  }
}

export async function runDemo(ctx: CliContext, flags: DemoFlags): Promise<ExitCode> {
  const dir = flags.out ?? defaultDemoDir()
  if (flags.regenerate || !(await reusable(dir, flags))) await generate(ctx, dir, flags)
  else ctx.say(`Reusing the demo estate in ${dir} (--regenerate to write it again)`)
  await applyDemoGovernance(ctx, dir)
  const code = await runScan(ctx, [dir], { store: true, coverage: false, backdateDays: DEMO_FIRST_SEEN_DAYS })
  if (!flags.serve || code !== EXIT.ok) {
    ctx.say('\nNext: `skyhound serve` for the dashboard, `skyhound snapshots show latest`, or `skyhound scan <paths>`.')
    return code
  }
  ctx.say('')
  return runServe(ctx, { host: DEFAULT_HOST, port: flags.port, logLevel: 'warn', poll: 5 })
}

/**
 * `demo` and `demo generate` share --out, --seed and --resources. Commander gives an option after the
 * subcommand name to whichever command it reaches first (the parent, `demo`), unless the whole program uses
 * positional options, which would stop global flags such as --json after a subcommand. So the subcommand takes
 * each value the user typed on either command, its own first, and its own default otherwise.
 */
function generateFlags(command: Command): { out?: string; seed: number; resources?: number } {
  const parent = command.parent
  const pick = <T>(key: 'out' | 'seed' | 'resources'): T | undefined => {
    if (command.getOptionValueSource(key) === 'cli') return command.getOptionValue(key) as T
    if (parent?.getOptionValueSource(key) === 'cli') return parent.getOptionValue(key) as T
    return command.getOptionValue(key) as T | undefined
  }
  const out = pick<string>('out')
  const resources = pick<number>('resources')
  return { seed: pick<number>('seed') ?? 1, ...(out === undefined ? {} : { out }), ...(resources === undefined ? {} : { resources }) }
}

export function registerDemo(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  const demo = program
    .command('demo')
    .summary('generate the demo estate, scan it and store the snapshot')
    .option('--out <dir>', 'where the estate lives', undefined)
    .option('--seed <n>', 'generator seed', (v) => Number.parseInt(v, 10), 1)
    .option('--resources <n>', 'approximate resource count (scales up to 1M)', (v) => Number.parseInt(v, 10))
    .option('--regenerate', 'write the estate again even if one exists')
    .option('--no-serve', 'only generate and scan; do not start the dashboard')
    .option('--port <n>', 'dashboard port', (v) => Number.parseInt(v, 10), DEFAULT_PORT)
    .action(async (flags: DemoFlags) => done(await runDemo(context(), flags)))
  demo
    .command('generate')
    .summary('only write the demo estate files (real export formats) and expected.json')
    .option('--out <dir>', 'output folder (required)')
    .option('--seed <n>', 'generator seed', (v) => Number.parseInt(v, 10), 1)
    .option('--resources <n>', 'approximate resource count (scales up to 1M)', (v) => Number.parseInt(v, 10))
    .action(async (_flags: unknown, command: Command) => {
      const flags = generateFlags(command)
      if (flags.out === undefined) throw new SkyhoundError('SKY_USAGE', 'demo generate needs --out <dir>', { hint: 'skyhound demo generate --out ./demo-estate' })
      await generate(context(), flags.out, flags)
      done(EXIT.ok)
    })
}
