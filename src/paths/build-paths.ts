/** @module Turns path groups into the JSON contract (model/attack-path.ts): node summaries, steps with evidence, title, risk. */
import { hash } from 'node:crypto'
import type { GraphView } from '../graph/graph-view.js'
import type { AttackPath, AttackStep, NodeSummary } from '../model/attack-path.js'
import type { Evidence, JsonObject } from '../model/graph-types.js'
import { INTERNET_NODE_ID } from '../model/graph-types.js'
import { SEVERITIES } from '../model/vocabulary.js'
import { mitreLabels } from './mitre.js'
import { pathShape } from './naming/path-shape.js'
import type { PathShape } from './naming/path-shape.js'
import { titleOf, TITLE_TEMPLATES } from './naming/titles.js'
import { pathRemediation } from './remediation.js'
import type { RecommendationRef, RemediationIndex } from './remediation.js'
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

/** Freezes `value` and keeps its mutable type (JsonValue has no readonly arrays): shared values must not change. */
function frozen<T>(value: T): T {
  Object.freeze(value)
  return value
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
  /** Frozen string lists (categories, providers, risk factors, target reasons) and titles, by content. */
  readonly lists: Map<string, string[]>
  readonly titles: Map<string, string>
}

const CACHES = new WeakMap<AttackGraph, BuildCache>()

function cacheOf(ag: AttackGraph): BuildCache {
  let cache = CACHES.get(ag)
  if (cache === undefined) {
    const mitre = ag.edges.map((edge) => Object.freeze({ attackEdge: edge.id, ...mitreLabels(edge.mitre) }))
    cache = { steps: new Map(), summaries: new Map(), mitre, lists: new Map(), titles: new Map() }
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

const CATALOGUE_ROWS = new Map(TITLE_TEMPLATES.map((t) => [t.id, frozen([...t.catalogue])]))

/**
 * One frozen copy per distinct list: a path keeps its lists, and 10^5 paths draw them from a few dozen
 * distinct ones, so sharing keeps the retained heap (and the collector's marking) small.
 */
function internList<T extends string>(cache: BuildCache, list: readonly T[]): T[] {
  const key = list.join('\u0000')
  let shared = cache.lists.get(key)
  if (shared === undefined) {
    shared = [...list]
    Object.freeze(shared)
    cache.lists.set(key, shared)
  }
  return shared as T[]
}

/** Titles repeat across paths; each path built its own (concatenated) copy. */
function internTitle(cache: BuildCache, title: string): string {
  const shared = cache.titles.get(title)
  if (shared !== undefined) return shared
  cache.titles.set(title, title)
  return title
}

const NO_REMEDIATION: JsonObject = frozen({ breaks: frozen([]), reduces: frozen([]) })

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

const copyRef = (r: RecommendationRef): { findingId: string; ruleId: string; nodeId: string; severity: string } => ({ ...r })

/** The path goes from Kubernetes into a cloud: some cloud's first node comes after the first Kubernetes node. */
function kubernetesToCloud(shape: PathShape): boolean {
  if (!shape.providers.includes('kubernetes')) return false
  let firstK8s = -1
  for (let i = 0; i < shape.nodes.length; i++) {
    if (shape.nodes[i]!.provider === 'kubernetes') {
      firstK8s = i
      break
    }
  }
  for (const cloud of shape.clouds) {
    for (let i = 0; i < shape.nodes.length; i++) {
      if (shape.nodes[i]!.provider === cloud) {
        if (i > firstK8s) return true
        break
      }
    }
  }
  return false
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
  const catalogue = CATALOGUE_ROWS.get(template)
  // Filled in contract order (titleTemplate, catalogueRows when the template has rows, length, …).
  const details: JsonObject = { titleTemplate: template }
  if (catalogue !== undefined && catalogue.length > 0) details['catalogueRows'] = catalogue
  details['length'] = group.moves.length
  details['countTruncated'] = group.truncated
  details['riskScore'] = risk.score
  details['exploitability'] = risk.exploitability
  details['impact'] = risk.impact
  details['riskFactors'] = internList(cache, risk.factors)
  details['potentialImpact'] = potentialImpact(shape, target.name)
  details['targetReasons'] = internList(cache, shape.targetReasons)
  details['crossesCloud'] = shape.clouds.length > 1
  details['kubernetesToCloud'] = kubernetesToCloud(shape)
  details['mitre'] = mitre
  details['remediation'] =
    fixes.breaks.length === 0 && fixes.reduces.length === 0 ? NO_REMEDIATION : { breaks: fixes.breaks.map(copyRef), reduces: fixes.reduces.map(copyRef) }
  return {
    id: attackPathId(entry.id, target.id),
    title: internTitle(cache, title),
    risk: risk.risk,
    categories: internList(cache, pathCategories(shape)),
    entry,
    target,
    steps,
    providers: internList(cache, shape.providers),
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

const PATH_ID = /^ap-[0-9a-f]{16}$/


/**
 * `paths` in `comparePaths` order, without a collation per comparison: titles repeat (a few hundred
 * distinct ones for 10^5 paths), so each distinct title is collated once into a rank; titles that collate
 * equal share a rank and fall through to the id, as in `comparePaths`.
 */
export function sortPaths(paths: readonly AttackPath[]): AttackPath[] {
  const distinct = [...new Set(paths.map(titleOfPath))].sort(collate)
  const titleRank = new Map<string, number>()
  let rank = 0
  for (let i = 0; i < distinct.length; i++) {
    if (i > 0 && collate(distinct[i - 1]!, distinct[i]!) !== 0) rank++
    titleRank.set(distinct[i]!, rank)
  }
  const n = paths.length
  const risk = new Int32Array(n)
  const score = new Float64Array(n)
  const title = new Int32Array(n)
  // Ids of the `ap-` + lower-case hex form collate as their code units do: no collation needed between two of them.
  const plainId = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const p = paths[i]!
    risk[i] = RANK(p.risk)
    score[i] = Number(p.details['riskScore'] ?? 0)
    title[i] = titleRank.get(p.title)!
    plainId[i] = PATH_ID.test(p.id) ? 1 : 0
  }
  const compareIds = (i: number, j: number): number => {
    const a = paths[i]!.id
    const b = paths[j]!.id
    if (plainId[i] === 1 && plainId[j] === 1) return a < b ? -1 : a > b ? 1 : 0
    return a.localeCompare(b)
  }
  const order = Array.from({ length: n }, (_v, i) => i)
  order.sort((i, j) => risk[j]! - risk[i]! || score[j]! - score[i]! || title[i]! - title[j]! || compareIds(i, j))
  return order.map((i) => paths[i]!)
}

const titleOfPath = (p: AttackPath): string => p.title
const collate = (a: string, b: string): number => a.localeCompare(b)
