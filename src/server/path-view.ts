/**
 * @module Attack paths as the API shows them: list summaries, filters, sorting, grouping and facets over
 * a snapshot's stored paths, and one path's detail (steps, a graph for Cytoscape, per-node insights and
 * the recommendations that break the path versus those that only reduce its risk).
 */
import type { SecurityGraph } from '../graph/security-graph.js'
import type { AttackPath, NodeSummary } from '../model/attack-path.js'
import type { Finding } from '../model/finding.js'
import type { Evidence, Insight } from '../model/graph-types.js'
import { SEVERITIES } from '../model/vocabulary.js'
import type { Severity } from '../model/vocabulary.js'
import { ALL_RULES } from '../rules/index.js'
import type { PathData } from './path-data.js'

export const INTERNET_ID = 'skyhound://internet'

const RULE_TITLES: ReadonlyMap<string, string> = new Map(ALL_RULES.map((rule) => [rule.id, rule.title]))

/** The rule's title, or its id for a custom rule this build does not know. */
export function ruleTitle(ruleId: string): string {
  return RULE_TITLES.get(ruleId) ?? ruleId
}

export const PATH_SORTS = ['risk', 'title', 'count', 'length', 'entry', 'target'] as const
export type PathSort = (typeof PATH_SORTS)[number]
export const PATH_GROUPS = ['risk', 'category', 'provider', 'entry-kind', 'target-kind', 'entry', 'target'] as const
export type PathGroupBy = (typeof PATH_GROUPS)[number]

export interface PathFilter {
  readonly risk: readonly string[]
  readonly category: readonly string[]
  readonly provider: readonly string[]
  /** Kinds (`aws.ec2.instance`), kind prefixes (`aws.ec2`) or families (`vm`). */
  readonly entryKind: readonly string[]
  readonly targetKind: readonly string[]
  readonly q?: string | undefined
}

export interface PathSummary {
  readonly id: string
  readonly title: string
  readonly risk: Severity
  readonly categories: AttackPath['categories']
  readonly entry: NodeSummary
  readonly target: NodeSummary
  readonly providers: AttackPath['providers']
  readonly count: number
  readonly length: number
  readonly riskScore: number
  readonly potentialImpact: string
  readonly crossesCloud: boolean
  readonly tactics: readonly string[]
}

export function pathSummary(path: AttackPath): PathSummary {
  const tactics: string[] = []
  for (const step of path.steps) if (!tactics.includes(step.mitre.tactic)) tactics.push(step.mitre.tactic)
  const impact = path.details['potentialImpact']
  return {
    id: path.id,
    title: path.title,
    risk: path.risk,
    categories: path.categories,
    entry: path.entry,
    target: path.target,
    providers: path.providers,
    count: path.count,
    length: path.steps.length,
    riskScore: Number(path.details['riskScore'] ?? 0),
    potentialImpact: typeof impact === 'string' ? impact : '',
    crossesCloud: path.details['crossesCloud'] === true,
    tactics,
  }
}

const kindMatches = (node: NodeSummary, wanted: readonly string[]): boolean =>
  wanted.length === 0 || wanted.some((w) => node.kind === w || node.kind.startsWith(`${w}.`) || node.family === w)

export function filterPaths(paths: readonly AttackPath[], filter: PathFilter): AttackPath[] {
  const q = filter.q?.trim().toLowerCase()
  return paths.filter(
    (p) =>
      (filter.risk.length === 0 || filter.risk.includes(p.risk)) &&
      (filter.category.length === 0 || p.categories.some((c) => filter.category.includes(c))) &&
      (filter.provider.length === 0 || p.providers.some((pr) => filter.provider.includes(pr))) &&
      kindMatches(p.entry, filter.entryKind) &&
      kindMatches(p.target, filter.targetKind) &&
      (q === undefined ||
        q === '' ||
        [p.id, p.title, p.entry.name, p.entry.id, p.target.name, p.target.id].some((text) => text.toLowerCase().includes(q))),
  )
}

const riskRank = (risk: string): number => SEVERITIES.indexOf(risk as Severity)

/** The value a path is grouped under; a path of two categories is grouped under its first. */
export function groupKey(path: AttackPath, by: PathGroupBy): { key: string; label: string } {
  switch (by) {
    case 'risk':
      return { key: path.risk, label: path.risk }
    case 'category':
      return { key: path.categories[0] ?? 'none', label: path.categories[0] ?? 'none' }
    case 'provider':
      return { key: path.providers[0] ?? 'none', label: path.providers.join(' → ') === '' ? 'none' : path.providers[0]! }
    case 'entry-kind':
      return { key: path.entry.kind, label: path.entry.kind }
    case 'target-kind':
      return { key: path.target.kind, label: path.target.kind }
    case 'entry':
      return { key: path.entry.id, label: path.entry.name }
    case 'target':
      return { key: path.target.id, label: path.target.name }
  }
}

export function comparePathsBy(sort: PathSort, order: 'asc' | 'desc'): (a: AttackPath, b: AttackPath) => number {
  const sign = order === 'asc' ? 1 : -1
  const byRisk = (a: AttackPath, b: AttackPath): number =>
    riskRank(a.risk) - riskRank(b.risk) || Number(a.details['riskScore'] ?? 0) - Number(b.details['riskScore'] ?? 0)
  const primary: (a: AttackPath, b: AttackPath) => number = {
    risk: byRisk,
    title: (a: AttackPath, b: AttackPath) => a.title.localeCompare(b.title),
    count: (a: AttackPath, b: AttackPath) => a.count - b.count,
    length: (a: AttackPath, b: AttackPath) => a.steps.length - b.steps.length,
    entry: (a: AttackPath, b: AttackPath) => a.entry.name.localeCompare(b.entry.name),
    target: (a: AttackPath, b: AttackPath) => a.target.name.localeCompare(b.target.name),
  }[sort]
  // Ties fall back to highest risk first and then the id, so every page order is total and stable.
  return (a, b) => sign * primary(a, b) || byRisk(b, a) || a.id.localeCompare(b.id)
}

export interface PathGroup {
  readonly key: string
  readonly label: string
  readonly count: number
  readonly byRisk: Record<string, number>
}

/** Groups in display order: risk groups highest first, the others largest first. */
export function groupPaths(paths: readonly AttackPath[], by: PathGroupBy): PathGroup[] {
  const groups = new Map<string, { key: string; label: string; count: number; byRisk: Record<string, number> }>()
  for (const path of paths) {
    const { key, label } = groupKey(path, by)
    let group = groups.get(key)
    if (group === undefined) {
      group = { key, label, count: 0, byRisk: {} }
      groups.set(key, group)
    }
    group.count++
    group.byRisk[path.risk] = (group.byRisk[path.risk] ?? 0) + 1
  }
  const order = by === 'risk' ? (a: PathGroup, b: PathGroup) => riskRank(b.key) - riskRank(a.key) : (a: PathGroup, b: PathGroup) => b.count - a.count || a.label.localeCompare(b.label)
  return [...groups.values()].sort(order)
}

/** Sorted for a grouped list: by group (in `groups` order), then by the sort within each group. */
export function sortGrouped(paths: AttackPath[], groups: readonly PathGroup[], by: PathGroupBy, compare: (a: AttackPath, b: AttackPath) => number): AttackPath[] {
  const rank = new Map(groups.map((g, i) => [g.key, i]))
  return paths.sort((a, b) => rank.get(groupKey(a, by).key)! - rank.get(groupKey(b, by).key)! || compare(a, b))
}

export function pathFacets(paths: readonly AttackPath[]): Record<'risk' | 'category' | 'provider' | 'entryKind' | 'targetKind', Record<string, number>> {
  const facets = { risk: {}, category: {}, provider: {}, entryKind: {}, targetKind: {} } as Record<
    'risk' | 'category' | 'provider' | 'entryKind' | 'targetKind',
    Record<string, number>
  >
  const add = (facet: keyof typeof facets, value: string): void => {
    facets[facet][value] = (facets[facet][value] ?? 0) + 1
  }
  for (const path of paths) {
    add('risk', path.risk)
    for (const c of path.categories) add('category', c)
    for (const p of path.providers) add('provider', p)
    add('entryKind', path.entry.kind)
    add('targetKind', path.target.kind)
  }
  return facets
}

// ---- Detail --------------------------------------------------------------------------------------

export interface Recommendation {
  readonly findingId: string
  readonly ruleId: string
  readonly title: string
  readonly severity: Severity
  readonly nodeId: string
  readonly nodeName: string
  readonly message: string
  readonly breaksPath: boolean
}

export interface Recommendations {
  readonly breaks: Recommendation[]
  readonly additional: Recommendation[]
}

interface RecommendationRef {
  readonly findingId: string
  readonly ruleId: string
  readonly nodeId: string
  readonly severity: string
}

function refsOf(path: AttackPath, effect: 'breaks' | 'reduces'): RecommendationRef[] {
  const remediation = path.details['remediation']
  if (remediation === null || typeof remediation !== 'object' || Array.isArray(remediation)) return []
  const refs = remediation[effect]
  if (!Array.isArray(refs)) return []
  const out: RecommendationRef[] = []
  for (const ref of refs) {
    if (ref === null || typeof ref !== 'object' || Array.isArray(ref)) continue
    const text = (key: string): string => (typeof ref[key] === 'string' ? ref[key] : '')
    out.push({ findingId: text('findingId'), ruleId: text('ruleId'), nodeId: text('nodeId'), severity: text('severity') })
  }
  return out
}

function nodeRef(graph: SecurityGraph, id: string, fallback?: NodeSummary): NodeSummary {
  if (id === INTERNET_ID) return { id, kind: 'skyhound.internet', family: 'internet', provider: 'skyhound', name: 'Internet' }
  const v = graph.indexOf(id)
  if (v !== undefined) return { id, kind: graph.nodeKind(v), family: graph.nodeFamily(v), provider: graph.nodeProvider(v), name: graph.nodeName(v) }
  // A path stored with the snapshot names nodes its graph holds; the fallback covers a graph loaded without them.
  return fallback ?? { id, kind: 'unknown', family: 'internet', provider: 'skyhound', name: id }
}

function recommendation(ref: RecommendationRef, breaksPath: boolean, graph: SecurityGraph, findings: ReadonlyMap<string, Finding>): Recommendation {
  const finding = findings.get(ref.findingId)
  const severity = (SEVERITIES as readonly string[]).includes(ref.severity) ? (ref.severity as Severity) : (finding?.severity ?? 'medium')
  return {
    findingId: ref.findingId,
    ruleId: ref.ruleId,
    title: ruleTitle(ref.ruleId),
    severity,
    nodeId: ref.nodeId,
    nodeName: nodeRef(graph, ref.nodeId).name,
    message: finding?.message ?? '',
    breaksPath,
  }
}

export function pathDetail(path: AttackPath, graph: SecurityGraph, data: PathData) {
  const known = new Map<string, NodeSummary>([
    [path.entry.id, path.entry],
    [path.target.id, path.target],
  ])
  const ref = (id: string): NodeSummary => nodeRef(graph, id, known.get(id))
  const steps = path.steps.map((step, index) => ({
    index,
    from: ref(step.from),
    edge: step.edge,
    to: ref(step.to),
    attackEdge: step.attackEdge,
    mitre: step.mitre,
    evidence: step.evidence,
  }))
  const recommendations: Recommendations = {
    breaks: refsOf(path, 'breaks').map((r) => recommendation(r, true, graph, data.findingById)),
    additional: refsOf(path, 'reduces').map((r) => recommendation(r, false, graph, data.findingById)),
  }

  const order: string[] = []
  const roles = new Map<string, 'internet' | 'entry' | 'step' | 'target' | 'related'>()
  const place = (id: string, role: 'internet' | 'entry' | 'step' | 'target' | 'related'): void => {
    if (!roles.has(id)) order.push(id)
    if (!roles.has(id) || role === 'entry' || role === 'target') roles.set(id, role)
  }
  for (const step of path.steps) {
    place(step.from, step.from === INTERNET_ID ? 'internet' : 'step')
    place(step.to, 'step')
  }
  place(path.entry.id, 'entry')
  place(path.target.id, 'target')
  const all = [...recommendations.breaks, ...recommendations.additional]
  for (const r of all) if (!roles.has(r.nodeId)) place(r.nodeId, 'related')

  const recsOf = (id: string): Recommendations => ({
    breaks: recommendations.breaks.filter((r) => r.nodeId === id),
    additional: recommendations.additional.filter((r) => r.nodeId === id),
  })
  const graphNodes = order.map((id) => ({ ...ref(id), role: roles.get(id)!, recommendations: all.filter((r) => r.nodeId === id).length }))
  const graphEdges = [
    ...steps.map((step) => ({
      id: `step-${step.index}`,
      source: step.from.id,
      target: step.to.id,
      kind: step.edge,
      attackEdge: step.attackEdge,
      step: step.index,
      mitre: step.mitre,
    })),
    ...order
      .filter((id) => roles.get(id) === 'related')
      .map((id) => ({ id: `guards-${id}`, source: id, target: path.entry.id, kind: 'guards', attackEdge: null, step: null, mitre: null })),
  ]
  const nodes = order.map((id) => {
    const v = graph.indexOf(id)
    const insights: readonly Insight[] = v === undefined ? [] : graph.nodeInsights(v)
    const reachedBy: { step: number; attackEdge: string; mitre: { tactic: string; technique: string }; evidence: readonly Evidence[] }[] = steps
      .filter((step) => step.to.id === id)
      .map((step) => ({ step: step.index, attackEdge: step.attackEdge, mitre: step.mitre, evidence: step.evidence }))
    return { ...ref(id), insights, reachedBy, recommendations: recsOf(id) }
  })
  return {
    ...pathSummary(path),
    steps,
    details: path.details,
    graph: { nodes: graphNodes, edges: graphEdges },
    nodes,
    recommendations,
  }
}
