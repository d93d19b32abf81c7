/** @module The secure score of a snapshot (reference formula, defender-cspm.md §4.1–§4.2), per scope and overall. */
import type { GraphView } from '../graph/graph-view.js'
import type { Finding } from '../model/finding.js'
import type { SecureScore } from '../model/secure-score.js'
import { ALL_RULES } from '../rules/index.js'
import { tallyResources } from './resource-tally.js'
import type { ResourceControl } from './resource-tally.js'
import { scorePool, weightedPercentage } from './score-formula.js'
import type { PoolScore } from './score-formula.js'
import { organizationMembers, parseSelector, resourceGroupOf } from './score-scopes.js'
import type { ScopeSelector } from './score-scopes.js'
import type { ScopeScoreDetail, ScoreReport, ScoreScopeKind } from './score-types.js'

const PREVIEW_RULES = new Set(ALL_RULES.filter((r) => r.preview === true).map((r) => r.id))

export interface ScoreOptions {
  readonly preview?: ReadonlySet<string>
  /** Azure resource groups as scopes (default true). */
  readonly resourceGroups?: boolean
  /** Extra scopes (`tag:env=prod`, …) scored besides the built-in ones. */
  readonly selectors?: readonly string[]
}

function groupBy(entries: readonly ResourceControl[], key: (e: ResourceControl) => string | undefined): Map<string, ResourceControl[]> {
  const groups = new Map<string, ResourceControl[]>()
  for (const entry of entries) {
    const k = key(entry)
    if (k === undefined) continue
    const list = groups.get(k)
    if (list === undefined) groups.set(k, [entry])
    else list.push(entry)
  }
  return groups
}

function detail(kind: ScoreScopeKind, scope: string, name: string, pool: PoolScore, percentage = pool.percentage): ScopeScoreDetail {
  const current = pool.max === 0 ? 0 : (percentage / 100) * pool.max
  return { scope, kind, name, current, max: pool.max, percentage, resources: pool.resources, controls: pool.controls }
}

/** A scope made of several account scopes: the multi-scope weighting over its members. */
function rollUp(kind: ScoreScopeKind, scope: string, name: string, entries: readonly ResourceControl[]): ScopeScoreDetail {
  const pool = scorePool(entries)
  const perScope = [...groupBy(entries, (e) => e.scope).values()].map((members) => scorePool(members))
  return detail(kind, scope, name, pool, weightedPercentage(perScope))
}

function nameOf(graph: GraphView | undefined, id: string): string {
  const index = graph?.indexOf(id)
  return graph === undefined || index === undefined ? id : graph.nodeName(index)
}

/** Scores one selector (`tag:env=prod`, `rg:<id>`, `org:<id>`, a scope id, `all`). */
export function scoreSelector(selector: ScopeSelector, entries: readonly ResourceControl[]): ScopeScoreDetail {
  const covered = entries.filter(selector.covers)
  const scopes = new Set(covered.map((e) => e.scope))
  return scopes.size > 1 || selector.members !== undefined
    ? rollUp(selector.kind, selector.label, selector.label, covered)
    : detail(selector.kind, selector.label, selector.label, scorePool(covered))
}

export function computeScoreReport(graph: GraphView | undefined, findings: Iterable<Finding>, options: ScoreOptions = {}): ScoreReport {
  const entries = tallyResources(findings, { preview: options.preview ?? PREVIEW_RULES })
  const byScope = groupBy(entries, (e) => e.scope)
  const scopes: ScopeScoreDetail[] = []
  const accountScores: PoolScore[] = []
  for (const [scope, members] of [...byScope].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const pool = scorePool(members)
    accountScores.push(pool)
    scopes.push(detail('account', scope, nameOf(graph, scope), pool))
  }
  if (graph !== undefined) {
    for (const [org, members] of [...organizationMembers(graph)].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const covered = entries.filter((e) => members.has(e.scope))
      if (covered.length > 0) scopes.push(rollUp('organization', org, nameOf(graph, org), covered))
    }
  }
  if (options.resourceGroups !== false) {
    for (const [rg, members] of [...groupBy(entries, (e) => resourceGroupOf(e.nodeId))].sort(([a], [b]) => (a < b ? -1 : 1))) {
      scopes.push(detail('resource-group', rg, nameOf(graph, rg), scorePool(members)))
    }
  }
  for (const text of options.selectors ?? []) scopes.push(scoreSelector(parseSelector(text, graph, [...byScope.keys()]), entries))
  const all = scorePool(entries)
  const percentage = weightedPercentage(accountScores)
  return {
    current: all.max === 0 ? 0 : (percentage / 100) * all.max,
    max: all.max,
    percentage,
    controls: all.controls,
    scopes,
    recommendations: all.recommendations,
  }
}

/** The pipeline's seam: null when no finding counts (no rule evaluated healthy or unhealthy). */
export function computeSecureScore(graph: GraphView, findings: readonly Finding[]): SecureScore | null {
  const report = computeScoreReport(graph, findings)
  return report.max === 0 && report.controls.every((c) => c.healthy + c.unhealthy === 0) ? null : report
}
