/** @module `skyhound score [--scope …] [--history]`: the secure score of a snapshot, by scope, and over time. */
import type { Command } from 'commander'
import { applyExemptions } from '../../exemptions/apply-exemptions.js'
import { applyGovernanceGrace } from '../../governance/governance-grace.js'
import { loadPostureSnapshot, loadSnapshotGraph, ruleMap } from '../../report/posture-snapshot.js'
import { computeScoreReport, scoreSelector } from '../../score/compute-secure-score.js'
import { tallyResources } from '../../score/resource-tally.js'
import { scoreHistory } from '../../score/score-history.js'
import type { ScoreHistoryEntry, ScorePoint } from '../../score/score-history.js'
import { parseSelector } from '../../score/score-scopes.js'
import type { ScopeScoreDetail, ScoreReport } from '../../score/score-types.js'
import { openStore } from '../../store/open-store.js'
import type { Store } from '../../store/store.js'
import type { CliContext } from '../cli-context.js'
import { EXIT } from '../exit-codes.js'
import type { ExitCode } from '../exit-codes.js'

interface ScoreFlags {
  readonly snapshot?: string
  readonly scope?: string[]
  readonly history?: boolean
  readonly limit: number
  readonly rules?: string
}

const pct = (value: number): string => `${value.toFixed(1)}%`
const pts = (current: number, max: number): string => `${current.toFixed(2)} / ${String(max)}`

function scopeLine(s: ScopeScoreDetail): string {
  return `${pct(s.percentage).padStart(7)}  ${pts(s.current, s.max).padEnd(14)} ${String(s.resources).padStart(7)}  ${s.kind.padEnd(15)} ${s.name === s.scope ? s.scope : `${s.name} (${s.scope})`}`
}

/** One point per stored snapshot, exemptions and governance grace periods applied as of each snapshot's time. */
export async function historyPoints(store: Store, limit: number, customRulesDir?: string): Promise<ScorePoint[]> {
  const exemptions = await store.exemptions.listExemptions()
  const tasks = await store.governance.listTasks()
  const graced = tasks.some((t) => t.gracePeriod)
  const rules = ruleMap(customRulesDir)
  const points: ScorePoint[] = []
  for (const item of (await store.listSnapshots({ limit })).reverse()) {
    const stored = exemptions.length === 0 && !graced ? (await store.loadRecords(item.id, 'score'))[0]?.data : undefined
    let report: Pick<ScoreReport, 'current' | 'max' | 'percentage' | 'recommendations'>
    if (stored !== undefined && Array.isArray(stored['recommendations'])) {
      report = stored as unknown as ScoreReport
    } else {
      const at = new Date(item.createdAt)
      const findings = applyGovernanceGrace(applyExemptions(await store.loadFindings(item.id), exemptions, at, (id) => rules.get(id)?.categories ?? []).findings, tasks, at)
      report = computeScoreReport(undefined, findings, { resourceGroups: false })
    }
    points.push({ snapshot: item.id, createdAt: item.createdAt, current: report.current, max: report.max, percentage: report.percentage, recommendations: report.recommendations })
  }
  return points
}

function printHistory(ctx: CliContext, history: readonly ScoreHistoryEntry[]): void {
  if (history.length === 0) {
    ctx.say('No snapshots yet.')
    return
  }
  for (const h of history) {
    const delta = h.delta === null ? '' : `  ${h.delta >= 0 ? '+' : ''}${h.delta.toFixed(1)}`
    ctx.say(`${h.createdAt}  ${h.snapshot.padEnd(34)} ${pct(h.percentage).padStart(7)}  ${pts(h.current, h.max)}${delta}`)
    for (const d of h.drivers) {
      ctx.say(`    ${d.points >= 0 ? '+' : ''}${d.points.toFixed(2)} pts  ${d.ruleId}: ${d.unhealthyBefore} → ${d.unhealthyAfter} unhealthy`)
    }
  }
}

export async function runScore(ctx: CliContext, flags: ScoreFlags): Promise<ExitCode> {
  const store = await openStore(ctx.flags.db)
  try {
    if (flags.history === true) {
      const history = scoreHistory(await historyPoints(store, flags.limit, flags.rules))
      if (ctx.flags.json) ctx.printJson({ history })
      else printHistory(ctx, history)
      return EXIT.ok
    }
    const snapshot = await loadPostureSnapshot(store, flags.snapshot, flags.rules === undefined ? {} : { customRulesDir: flags.rules })
    const graph = await loadSnapshotGraph(store, snapshot.id)
    const findings = snapshot.exemptions.findings
    const report = computeScoreReport(graph, findings)
    const entries = tallyResources(findings)
    const scopeIds = [...new Set(entries.map((e) => e.scope))]
    const selected = (flags.scope ?? []).map((text) => scoreSelector(parseSelector(text, graph, scopeIds), entries))
    const exemptions = { active: snapshot.exemptions.active.length, expired: snapshot.exemptions.expired.map((e) => e.id) }
    if (ctx.flags.json) {
      ctx.printJson({ snapshot: snapshot.id, ...(selected.length > 0 ? { selected } : {}), score: { ...report, exemptions } })
      return EXIT.ok
    }
    ctx.say(`Secure score of snapshot ${snapshot.id}: ${pct(report.percentage)} (${pts(report.current, report.max)} points)`)
    const shown = selected.length > 0 ? selected : report.scopes.filter((s) => s.kind === 'account' || s.kind === 'organization')
    ctx.say('  score  points          resources  kind            scope')
    for (const s of shown) ctx.say(scopeLine(s))
    ctx.say('\nControls (potential increase):')
    for (const c of [...report.controls].sort((a, b) => b.potentialIncrease - a.potentialIncrease)) {
      if (c.healthy + c.unhealthy === 0) continue
      ctx.say(`  ${c.title.padEnd(42)} ${pts(c.current, c.max).padEnd(12)} +${c.potentialIncrease.toFixed(2)}  (${c.unhealthy} unhealthy of ${c.healthy + c.unhealthy})`)
    }
    const top = report.recommendations.filter((r) => r.potentialIncrease > 0).slice(0, 10)
    if (top.length > 0) {
      ctx.say('\nTop recommendations by potential increase:')
      for (const r of top) ctx.say(`  +${r.potentialIncrease.toFixed(2)}  ${r.ruleId} (${r.unhealthy} unhealthy)`)
    }
    if (exemptions.active > 0 || exemptions.expired.length > 0) {
      ctx.say(`\nExemptions: ${exemptions.active} active${exemptions.expired.length > 0 ? `; expired (no longer applied): ${exemptions.expired.join(', ')}` : ''}`)
    }
    return EXIT.ok
  } finally {
    await store.close()
  }
}

export function registerScore(program: Command, context: () => CliContext, done: (code: ExitCode) => void): void {
  program
    .command('score')
    .summary('print the secure score of a snapshot, by scope, or its history')
    .description(
      'Reference formula: per control max × healthy / (healthy + unhealthy); per scope Σ current / Σ max; ' +
        'across scopes weighted by resource count. Exemptions in force apply (mitigated = healthy, waiver = excluded).',
    )
    .option('--snapshot <id>', 'snapshot id (default: latest)')
    .option('--scope <scope...>', 'scope id, rg:<id>, org:<id>, tag:key=value, provider:<p> or all')
    .option('--history', 'the score of every snapshot with its delta and the recommendations that caused it')
    .option('--limit <n>', 'snapshots in the history', (v) => Number.parseInt(v, 10), 50)
    .option('--rules <dir>', 'folder of custom YAML/CEL rules (for exemption categories)')
    .action(async (flags: ScoreFlags) => done(await runScore(context(), flags)))
}
