/**
 * @module `skyhound paths [list|show ID|choke-points|what-if|diff|export]`: attack paths of a snapshot.
 * list/show/diff/export read the stored paths; choke-points and what-if rebuild the snapshot's graph and
 * search it again (docs/attack-paths.md).
 */
import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import type { AttackPath } from '../../model/attack-path.js'
import { SkyhoundError } from '../../model/errors.js'
import type { EdgeKind } from '../../model/vocabulary.js'
import { isEdgeKind } from '../../model/vocabulary.js'
import { diffPaths } from '../../paths/diff-paths.js'
import { pathsToGraphml } from '../../paths/export-graphml.js'
import { analyzeAttackPaths } from '../../paths/find-attack-paths.js'
import type { PathAnalysis } from '../../paths/find-attack-paths.js'
import { chokePoints, recommendationImpact, whatIf } from '../../paths/what-if.js'
import { loadSnapshotGraph, resolveSnapshotId } from '../../report/posture-snapshot.js'
import { openStore } from '../../store/open-store.js'
import type { Store } from '../../store/store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

interface PathFilterFlags {
  readonly snapshot?: string
  readonly risk?: string[]
  readonly category?: string[]
  readonly entryKind?: string[]
  readonly targetKind?: string[]
  readonly provider?: string[]
  readonly crossesCloud?: boolean
  readonly limit: number
}

async function withStore<T>(ctx: CliContext, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(ctx.flags.db)
  try {
    return await work(store)
  } finally {
    await store.close()
  }
}

export async function loadPaths(store: Store, snapshot: string | undefined): Promise<{ id: string; paths: AttackPath[] }> {
  const id = await resolveSnapshotId(store, snapshot)
  const records = await store.loadRecords(id, 'attack-path')
  return { id, paths: records.map((r) => r.data as unknown as AttackPath) }
}

async function loadAnalysis(store: Store, snapshot: string | undefined): Promise<{ id: string; analysis: PathAnalysis }> {
  const id = await resolveSnapshotId(store, snapshot)
  const graph = await loadSnapshotGraph(store, id)
  return { id, analysis: analyzeAttackPaths(graph, await store.loadFindings(id)) }
}

const matches = (value: string, wanted: readonly string[] | undefined): boolean => wanted === undefined || wanted.some((w) => value === w || value.startsWith(`${w}.`))

export function filterPaths(paths: readonly AttackPath[], f: PathFilterFlags): AttackPath[] {
  return paths.filter(
    (p) =>
      (f.risk === undefined || f.risk.includes(p.risk)) &&
      (f.category === undefined || p.categories.some((c) => f.category!.includes(c))) &&
      (matches(p.entry.kind, f.entryKind) || (f.entryKind ?? []).includes(p.entry.family)) &&
      (matches(p.target.kind, f.targetKind) || (f.targetKind ?? []).includes(p.target.family)) &&
      (f.provider === undefined || p.providers.some((pr) => f.provider!.includes(pr))) &&
      (f.crossesCloud !== true || p.details['crossesCloud'] === true),
  )
}

const line = (p: AttackPath): string => `${p.risk.padEnd(9)}${String(p.count).padStart(5)}  ${p.id}  ${p.title}`

async function runList(ctx: CliContext, flags: PathFilterFlags): Promise<ExitCode> {
  const { id, paths } = await withStore(ctx, (store) => loadPaths(store, flags.snapshot))
  const shown = filterPaths(paths, flags)
  if (ctx.flags.json) {
    ctx.printJson(shown.slice(0, flags.limit))
    return EXIT.ok
  }
  if (shown.length === 0) ctx.say(`No attack paths match in snapshot ${id}.`)
  for (const p of shown.slice(0, flags.limit)) ctx.say(line(p))
  if (shown.length > flags.limit) ctx.say(`… ${shown.length - flags.limit} more (--limit)`)
  ctx.say(`${shown.length} attack path${shown.length === 1 ? '' : 's'} in snapshot ${id} (risk  count  id  title)`)
  return EXIT.ok
}

async function runShow(ctx: CliContext, pathId: string, snapshot: string | undefined): Promise<ExitCode> {
  const { id, paths } = await withStore(ctx, (store) => loadPaths(store, snapshot))
  const path = paths.find((p) => p.id === pathId)
  if (path === undefined) {
    throw new SkyhoundError('SKY_USAGE', `no attack path ${pathId} in snapshot ${id}`, { hint: '`skyhound paths list` shows the ids' })
  }
  if (ctx.flags.json) {
    ctx.printJson(path)
    return EXIT.ok
  }
  ctx.say(`${path.title}`)
  ctx.say(`risk ${path.risk} · ${path.categories.join(', ')} · ${path.count} path${path.count === 1 ? '' : 's'} in this group · ${path.providers.join(' → ')}`)
  ctx.say(`entry  ${path.entry.name} (${path.entry.kind})`)
  ctx.say(`target ${path.target.name} (${path.target.kind})`)
  ctx.say(typeof path.details['potentialImpact'] === 'string' ? `impact ${path.details['potentialImpact']}` : '')
  path.steps.forEach((s, i) => {
    ctx.say(`  ${i + 1}. ${s.attackEdge} [${s.mitre.technique}]`)
    ctx.say(`     ${s.from} —${s.edge}→ ${s.to}`)
    for (const e of s.evidence.slice(0, 3)) ctx.say(`       · ${e.source}${e.detail === undefined ? '' : `: ${e.detail}`}`)
  })
  const remediation = path.details['remediation']
  if (remediation !== null && typeof remediation === 'object' && !Array.isArray(remediation)) {
    for (const effect of ['breaks', 'reduces'] as const) {
      const list = remediation[effect]
      if (!Array.isArray(list) || list.length === 0) continue
      ctx.say(effect === 'breaks' ? 'Recommendations that break this path:' : 'Additional recommendations (reduce risk):')
      for (const r of list) if (r !== null && typeof r === 'object' && !Array.isArray(r)) ctx.say(`  ${JSON.stringify(r['ruleId'])}  ${JSON.stringify(r['nodeId'])}`)
    }
  }
  return EXIT.ok
}

async function runChokePoints(ctx: CliContext, flags: { snapshot?: string; limit: number }): Promise<ExitCode> {
  const { id, analysis } = await withStore(ctx, (store) => loadAnalysis(store, flags.snapshot))
  const points = chokePoints(analysis, { limit: flags.limit })
  const recommendations = recommendationImpact(analysis.paths).slice(0, flags.limit)
  if (ctx.flags.json) {
    ctx.printJson({ snapshot: id, paths: analysis.paths.length, chokePoints: points, recommendations })
    return EXIT.ok
  }
  ctx.say(`Choke points of snapshot ${id} (${analysis.paths.length} paths): removing one breaks the paths listed`)
  for (const p of points) ctx.say(`  breaks ${String(p.breaks).padStart(4)}  on ${String(p.onPaths).padStart(4)}  ${p.kind.padEnd(4)}  ${p.name}${p.attackEdge === undefined ? '' : ` (${p.attackEdge})`}`)
  if (recommendations.length > 0) ctx.say('Recommendations by paths they break:')
  for (const r of recommendations) ctx.say(`  breaks ${String(r.breaks).padStart(4)}  reduces ${String(r.reduces).padStart(4)}  ${r.findingId}`)
  return EXIT.ok
}

function parseEdge(text: string): { from: string; to: string; kind?: EdgeKind } {
  const parts = text.split(',')
  const [from, to, kind] = parts
  if (from === undefined || to === undefined || parts.length > 3 || (kind !== undefined && !isEdgeKind(kind))) {
    throw new SkyhoundError('SKY_USAGE', `--remove-edge ${text} is not FROM,TO[,KIND]`, { hint: 'e.g. --remove-edge arn:…:role/a,aws://accounts/1,has-permission-to' })
  }
  return kind === undefined ? { from, to } : { from, to, kind }
}

async function runWhatIf(ctx: CliContext, flags: { snapshot?: string; removeNode?: string[]; removeEdge?: string[]; fix?: string[] }): Promise<ExitCode> {
  if (flags.removeNode === undefined && flags.removeEdge === undefined && flags.fix === undefined) {
    throw new SkyhoundError('SKY_USAGE', 'what-if needs a change', { hint: '--remove-node ID, --remove-edge FROM,TO[,KIND] or --fix FINDING_OR_RULE_ID' })
  }
  const change = {
    ...(flags.removeNode === undefined ? {} : { removeNodes: flags.removeNode }),
    ...(flags.removeEdge === undefined ? {} : { removeEdges: flags.removeEdge.map(parseEdge) }),
    ...(flags.fix === undefined ? {} : { applyFixes: flags.fix }),
  }
  const { id, analysis } = await withStore(ctx, (store) => loadAnalysis(store, flags.snapshot))
  const result = whatIf(analysis, change)
  if (ctx.flags.json) {
    ctx.printJson({ snapshot: id, before: result.before, remaining: result.remaining, broken: result.broken, unmatched: result.unmatched })
    return EXIT.ok
  }
  for (const u of result.unmatched) ctx.say(`not found: ${u}`)
  ctx.say(`${result.broken.length} of ${result.before} attack paths disappear; ${result.remaining} remain`)
  for (const p of result.broken) ctx.say(`  ${line(p)}`)
  return EXIT.ok
}

async function runDiff(ctx: CliContext, from: string | undefined, to: string | undefined): Promise<ExitCode> {
  const result = await withStore(ctx, async (store) => {
    let before = from
    if (before === undefined) {
      const list = await store.listSnapshots({ limit: 2 })
      if (list.length < 2) throw new SkyhoundError('SKY_SNAPSHOT_NOT_FOUND', 'diff needs two snapshots', { hint: 'scan twice, or name them: skyhound paths diff OLD NEW' })
      before = list[1]!.id
    }
    const a = await loadPaths(store, before)
    const b = await loadPaths(store, to)
    return { from: a.id, to: b.id, diff: diffPaths(a.paths, b.paths) }
  })
  if (ctx.flags.json) {
    ctx.printJson(result)
    return EXIT.ok
  }
  const { diff } = result
  ctx.say(`Attack paths ${result.from} → ${result.to}: ${diff.new.length} new, ${diff.resolved.length} resolved, ${diff.changed.length} changed, ${diff.unchanged} unchanged`)
  for (const p of diff.new) ctx.say(`  + ${line(p)}`)
  for (const p of diff.resolved) ctx.say(`  - ${line(p)}`)
  for (const c of diff.changed) ctx.say(`  ~ ${c.id}  ${c.before.risk}→${c.after.risk}  count ${c.before.count}→${c.after.count}  ${c.title}`)
  return EXIT.ok
}

async function runExport(ctx: CliContext, flags: PathFilterFlags & { format: string; out?: string }): Promise<ExitCode> {
  if (flags.format !== 'json' && flags.format !== 'graphml') throw new SkyhoundError('SKY_USAGE', `--format ${flags.format} is not json or graphml`, { hint: '--format json | --format graphml' })
  const { paths } = await withStore(ctx, (store) => loadPaths(store, flags.snapshot))
  const shown = filterPaths(paths, flags).slice(0, flags.limit)
  const text = flags.format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : pathsToGraphml(shown)
  if (flags.out === undefined) ctx.stdout.write(text)
  else {
    await writeFile(flags.out, text)
    if (!ctx.flags.json) ctx.stderr.write(`wrote ${shown.length} attack paths to ${flags.out}\n`)
  }
  return EXIT.ok
}

function addFilters(command: Command): Command {
  return command
    .option('--snapshot <id>', 'snapshot id (default: latest)')
    .option('--risk <risk...>', 'critical, high, medium, low')
    .option('--category <category...>', 'data-exposure, credentials-exposure, compute-abuse, account-takeover')
    .option('--entry-kind <kind...>', 'entry kind or family (aws.ec2.instance, vm, pod…)')
    .option('--target-kind <kind...>', 'target kind or family (aws.s3.bucket, account, secret-store…)')
    .option('--provider <provider...>', 'paths touching these providers')
    .option('--crosses-cloud', 'only paths that span two clouds')
    .option('--limit <n>', 'paths to print', (v) => Number.parseInt(v, 10), 500)
}

export function registerPaths(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  const paths = program
    .command('paths')
    .summary('attack paths: list, show, choke points, what-if, diff, export')
    .description('Attack paths from entry points (internet, public access, outside trust) to crown jewels; docs/attack-paths.md.')
  addFilters(paths.command('list', { isDefault: true }).summary('list the attack paths of a snapshot, highest risk first')).action(
    async (flags: PathFilterFlags) => done(await runList(context(), flags)),
  )
  paths
    .command('show <id>')
    .summary('one path with its steps, evidence, MITRE techniques and recommendations')
    .option('--snapshot <id>', 'snapshot id (default: latest)')
    .action(async (id: string, flags: { snapshot?: string }) => done(await runShow(context(), id, flags.snapshot)))
  paths
    .command('choke-points')
    .summary('nodes and moves whose removal breaks the most paths, and recommendations by paths they break')
    .option('--snapshot <id>', 'snapshot id (default: latest)')
    .option('--limit <n>', 'choke points to print', (v) => Number.parseInt(v, 10), 10)
    .action(async (flags: { snapshot?: string; limit: number }) => done(await runChokePoints(context(), flags)))
  paths
    .command('what-if')
    .summary('remove nodes or edges, or apply fixes, and list the paths that disappear')
    .option('--snapshot <id>', 'snapshot id (default: latest)')
    .option('--remove-node <id...>', 'node ids to remove')
    .option('--remove-edge <from,to[,kind]...>', 'connections to remove')
    .option('--fix <id...>', 'finding ids or rule ids whose fix to apply')
    .action(async (flags: { snapshot?: string; removeNode?: string[]; removeEdge?: string[]; fix?: string[] }) => done(await runWhatIf(context(), flags)))
  paths
    .command('diff [from] [to]')
    .summary('new, resolved and changed paths between two snapshots (default: the previous and the latest)')
    .action(async (from: string | undefined, to: string | undefined) => done(await runDiff(context(), from, to)))
  addFilters(paths.command('export').summary('write paths as JSON or GraphML'))
    .option('--format <format>', 'json or graphml', 'json')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (flags: PathFilterFlags & { format: string; out?: string }) => done(await runExport(context(), flags)))
}
