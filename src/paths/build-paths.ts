/** @module Turns path groups into the JSON contract (model/attack-path.ts): node summaries, steps with evidence, title, risk. */
import { hash } from 'node:crypto'
import type { GraphView } from '../graph/graph-view.js'
import type { AttackPath, AttackStep, NodeSummary } from '../model/attack-path.js'
import type { Evidence, JsonObject } from '../model/graph-types.js'
import { INTERNET_NODE_ID } from '../model/graph-types.js'
import { SEVERITIES } from '../model/vocabulary.js'
import { mitreLabels } from './mitre.js'
import { pathShape } from './naming/path-shape.js'
import { titleOf, TITLE_TEMPLATES } from './naming/titles.js'
import { pathRemediation } from './remediation.js'
import type { RemediationIndex } from './remediation.js'
import { pathCategories, pathRisk, potentialImpact } from './risk.js'
import type { AttackGraph } from './search/attack-graph.js'
import type { PathGroup } from './search/search-paths.js'

const MAX_EVIDENCE = 5
const ENTRY_INSIGHTS: Readonly<Record<string, readonly string[]>> = {
  EXPLOIT_EXPOSED_WORKLOAD: ['exposed-to-internet', 'vulnerable-to-rce', 'has-high-severity-vulnerabilities', 'uses-host-network'],
  PUBLIC_DATA_ACCESS: ['allows-public-access', 'exposed-to-internet'],
  OPEN_DATABASE_LOGIN: ['exposed-to-internet', 'allows-basic-authentication'],
  EXTERNAL_TRUST: ['is-external-user'],
}

/** Stable across scans for the same entry and target: `ap-` + 16 hex digits. */
export function attackPathId(entryId: string, targetId: string): string {
  // One-shot hash: no Hash object per path (1M-resource estates build ~10^5 paths).
  return `ap-${hash('sha256', `${entryId}\u0000${targetId}`, 'hex').slice(0, 16)}`
}

export function nodeSummary(graph: GraphView, node: number): NodeSummary {
  return { id: graph.nodeId(node), kind: graph.nodeKind(node), family: graph.nodeFamily(node), provider: graph.nodeProvider(node), name: graph.nodeName(node) }
}

type StepMitre = { readonly attackEdge: string; readonly tactic: string; readonly technique: string }

/**
 * What every path of one attack graph shares, built once: a step depends only on its move, a node summary
 * only on its node, and the best paths of one entry share their first moves (breadth-first tree), so the
 * steps, summaries and MITRE rows are frozen and shared between the paths that contain them.
 */
interface BuildCache {
  readonly steps: Map<number, AttackStep>
  readonly summaries: Map<number, NodeSummary>
  readonly mitre: StepMitre[]
}

const CACHES = new WeakMap<AttackGraph, BuildCache>()

function cacheOf(ag: AttackGraph): BuildCache {
  let cache = CACHES.get(ag)
  if (cache === undefined) {
    const mitre = ag.edges.map((edge) => Object.freeze({ attackEdge: edge.id, ...mitreLabels(edge.mitre) }))
    cache = { steps: new Map(), summaries: new Map(), mitre }
    CACHES.set(ag, cache)
  }
  return cache
}

function sharedSummary(ag: AttackGraph, cache: BuildCache, node: number): NodeSummary {
  let summary = cache.summaries.get(node)
  if (summary === undefined) {
    summary = Object.freeze(nodeSummary(ag.graph, node))
    cache.summaries.set(node, summary)
  }
  return summary
}

function sharedStep(ag: AttackGraph, cache: BuildCache, k: number): AttackStep {
  let step = cache.steps.get(k)
  if (step === undefined) {
    const built = stepOf(ag, k)
    step = Object.freeze({ ...built, mitre: Object.freeze(built.mitre), evidence: Object.freeze(built.evidence) })
    cache.steps.set(k, step)
  }
  return step
}

const CATALOGUE_ROWS = new Map(TITLE_TEMPLATES.map((t) => [t.id, t.catalogue]))

function summarizeParams(params: JsonObject): string {
  const parts: string[] = []
  for (const key of ['width', 'ports', 'cveIds', 'kinds', 'accounts', 'via']) {
    const value = params[key]
    if (value === undefined) continue
    const text = Array.isArray(value)
      ? value.slice(0, 6).filter((item) => typeof item === 'string' || typeof item === 'number').join(', ')
      : value === null || typeof value === 'object' ? '' : String(value)
    if (text !== '') parts.push(`${key}: ${text}`)
  }
  return parts.join('; ')
}

function entryEvidence(graph: GraphView, node: number, moveId: string): Evidence[] {
  const wanted = ENTRY_INSIGHTS[moveId] ?? []
  const out: Evidence[] = []
  for (const insight of graph.nodeInsights(node)) {
    if (!wanted.includes(insight.id)) continue
    out.push({ source: insight.id, detail: summarizeParams(insight.params) })
    for (const e of insight.evidence.slice(0, 2)) out.push(e)
  }
  // A classification or criticality tag counts as evidence when no insight says so.
  return out.slice(0, MAX_EVIDENCE)
}

function stepOf(ag: AttackGraph, k: number): AttackStep {
  const { graph } = ag
  const edge = ag.edges[ag.move[k]!]!
  const from = ag.from[k]!
  const ge = ag.graphEdge[k]!
  const evidence = ge >= 0 ? graph.edgeEvidence(ge).slice(0, MAX_EVIDENCE) : entryEvidence(graph, ag.to[k]!, edge.id)
  const props = ge >= 0 ? graph.edgeProps(ge) : undefined
  const detail = props === undefined ? undefined : ['level', 'method', 'via'].map((key) => (typeof props[key] === 'string' ? `${key}: ${props[key]}` : '')).filter((s) => s !== '').join('; ')
  return {
    from: from === ag.origin ? INTERNET_NODE_ID : graph.nodeId(from),
    edge: ge >= 0 ? graph.edgeKind(ge) : edge.edgeKind,
    to: graph.nodeId(ag.to[k]!),
    attackEdge: edge.id,
    mitre: mitreLabels(edge.mitre),
    evidence: detail === undefined || detail === '' ? evidence : [{ source: graph.edgeKind(ge), detail }, ...evidence].slice(0, MAX_EVIDENCE),
  }
}

export function buildAttackPath(ag: AttackGraph, group: PathGroup, remediation: RemediationIndex): AttackPath {
  const shape = pathShape(ag, group.moves)
  const { title, template } = titleOf(shape)
  const risk = pathRisk(shape)
  const cache = cacheOf(ag)
  const entry = sharedSummary(ag, cache, group.entry)
  const target = sharedSummary(ag, cache, group.target)
  const steps: AttackStep[] = []
  const mitre: StepMitre[] = []
  for (const k of group.moves) {
    steps.push(sharedStep(ag, cache, k))
    mitre.push(cache.mitre[ag.move[k]!]!)
  }
  const fixes = pathRemediation(ag, remediation, group.moves)
  const catalogue = CATALOGUE_ROWS.get(template) ?? []
  const details: JsonObject = {
    titleTemplate: template,
    ...(catalogue.length > 0 ? { catalogueRows: [...catalogue] } : {}),
    length: group.moves.length,
    countTruncated: group.truncated,
    riskScore: risk.score,
    exploitability: risk.exploitability,
    impact: risk.impact,
    riskFactors: [...risk.factors],
    potentialImpact: potentialImpact(shape, target.name),
    targetReasons: [...shape.targetReasons],
    crossesCloud: shape.clouds.length > 1,
    kubernetesToCloud: shape.providers.includes('kubernetes') && shape.clouds.some((c) => shape.nodes.findIndex((n) => n.provider === c) > shape.nodes.findIndex((n) => n.provider === 'kubernetes')),
    mitre,
    remediation: {
      breaks: fixes.breaks.map((r) => ({ ...r })),
      reduces: fixes.reduces.map((r) => ({ ...r })),
    },
  }
  return {
    id: attackPathId(entry.id, target.id),
    title,
    risk: risk.risk,
    categories: pathCategories(shape),
    entry,
    target,
    steps,
    providers: [...shape.providers],
    count: group.count,
    details,
  }
}

const RANK = (risk: string): number => SEVERITIES.indexOf(risk as (typeof SEVERITIES)[number])

/** Highest risk first, then score, then title and id: a total, deterministic order. */
export function comparePaths(a: AttackPath, b: AttackPath): number {
  return (
    RANK(b.risk) - RANK(a.risk) ||
    Number(b.details['riskScore'] ?? 0) - Number(a.details['riskScore'] ?? 0) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  )
}

/** `paths` in `comparePaths` order, with each path's rank and score read once instead of per comparison. */
export function sortPaths(paths: readonly AttackPath[]): AttackPath[] {
  const rank = paths.map((p) => RANK(p.risk))
  const score = paths.map((p) => Number(p.details['riskScore'] ?? 0))
  const order = paths.map((_p, i) => i)
  order.sort((i, j) => {
    const a = paths[i]!
    const b = paths[j]!
    return rank[j]! - rank[i]! || score[j]! - score[i]! || a.title.localeCompare(b.title) || a.id.localeCompare(b.id)
  })
  return order.map((i) => paths[i]!)
}
