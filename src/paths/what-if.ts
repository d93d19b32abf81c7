/**
 * @module What-if: remove nodes, security-graph edges or apply recommendations' fixes, search the same
 * attack graph again, and report which paths (groups) disappear. Choke points are the nodes and moves
 * whose removal breaks the most groups — measured this way, so a claim is always a recomputation.
 */
import type { AttackPath } from '../model/attack-path.js'
import type { EdgeKind } from '../model/vocabulary.js'
import { attackPathId } from './build-paths.js'
import type { PathAnalysis } from './find-attack-paths.js'
import { DEFAULT_MAX_DEPTH, distanceToTargets, searchAttackPaths } from './search/search-paths.js'

export interface WhatIfChange {
  /** Node ids to remove (a resource deleted or isolated). */
  readonly removeNodes?: readonly string[]
  /** Connections to remove: every move the edge proves, or every move between the two nodes when `kind` is absent. */
  readonly removeEdges?: readonly { readonly from: string; readonly to: string; readonly kind?: EdgeKind }[]
  /** Findings (by finding id, or every finding of a rule id) whose fix to apply. */
  readonly applyFixes?: readonly string[]
}

export interface WhatIfResult {
  /** Paths of the analysis that no longer exist. */
  readonly broken: readonly AttackPath[]
  readonly remaining: number
  readonly before: number
  /** Fix ids that matched no finding, node ids or edges that are not in the graph. */
  readonly unmatched: readonly string[]
}

const INTERNET = 'skyhound://internet'

const stepKey = (from: string, to: string): string => `${from}\u0000${to}`

interface PathIndex {
  /** Indexes into `analysis.paths` of the paths through each node id (entry, steps, target). */
  readonly byNode: ReadonlyMap<string, readonly number[]>
  /** …and through each step, by `stepKey(from, to)`. */
  readonly byStep: ReadonlyMap<string, readonly number[]>
  /** Distances to targets without any removal (SearchOptions.distances). */
  readonly distances: Uint8Array
}

const PATH_INDEX = new WeakMap<PathAnalysis, PathIndex>()

/** Built once per analysis: choke points run dozens of what-ifs on the same one. */
function pathIndexOf(analysis: PathAnalysis): PathIndex {
  let index = PATH_INDEX.get(analysis)
  if (index === undefined) {
    const byNode = new Map<string, number[]>()
    const byStep = new Map<string, number[]>()
    const add = (map: Map<string, number[]>, key: string, i: number): void => {
      const list = map.get(key)
      if (list === undefined) map.set(key, [i])
      else if (list[list.length - 1] !== i) list.push(i)
    }
    analysis.paths.forEach((path, i) => {
      add(byNode, path.entry.id, i)
      for (const step of path.steps) {
        add(byNode, step.from, i)
        add(byNode, step.to, i)
        add(byStep, stepKey(step.from, step.to), i)
      }
      add(byNode, path.target.id, i)
    })
    const maxLateral = Math.max(0, (analysis.options.maxDepth ?? DEFAULT_MAX_DEPTH) - 1)
    index = { byNode, byStep, distances: distanceToTargets(analysis.attackGraph, maxLateral) }
    PATH_INDEX.set(analysis, index)
  }
  return index
}

export interface WhatIfOptions {
  /** False searches every entry again instead of those the change touches (the tests compare the two). */
  readonly incremental?: boolean
}

export function whatIf(analysis: PathAnalysis, change: WhatIfChange, options: WhatIfOptions = {}): WhatIfResult {
  const ag = analysis.attackGraph
  const { graph } = ag
  const removedNodes = new Uint8Array(ag.size)
  const removedMoves = new Uint8Array(ag.from.length)
  const unmatched: string[] = []
  for (const id of change.removeNodes ?? []) {
    const v = graph.indexOf(id)
    if (v === undefined) unmatched.push(id)
    else removedNodes[v] = 1
  }
  for (const edge of change.removeEdges ?? []) {
    const from = edge.from === INTERNET ? ag.origin : graph.indexOf(edge.from)
    const to = graph.indexOf(edge.to)
    let found = false
    if (from !== undefined && to !== undefined) {
      for (let k = ag.offsets[from]!; k < ag.offsets[from + 1]!; k++) {
        if (ag.to[k] !== to) continue
        const ge = ag.graphEdge[k]!
        if (edge.kind === undefined || (ge >= 0 ? graph.edgeKind(ge) : ag.edges[ag.move[k]!]!.edgeKind) === edge.kind) {
          removedMoves[k] = 1
          found = true
        }
      }
    }
    if (!found) unmatched.push(`${edge.from} → ${edge.to}${edge.kind === undefined ? '' : ` (${edge.kind})`}`)
  }
  for (const fix of change.applyFixes ?? []) {
    let found = false
    for (const [findingId, cut] of analysis.remediation.removals) {
      if (findingId !== fix && !findingId.startsWith(`${fix}|`)) continue
      found = true
      for (const k of cut) removedMoves[k] = 1
    }
    if (!found) unmatched.push(fix)
  }
  if (options.incremental === false) {
    const after = searchAttackPaths(ag, { ...analysis.options, removedNodes, removedMoves, countPaths: false })
    const left = new Set(after.map((g) => attackPathId(graph.nodeId(g.entry), graph.nodeId(g.target))))
    const broken = analysis.paths.filter((p) => !left.has(p.id))
    return { broken, remaining: analysis.paths.length - broken.length, before: analysis.paths.length, unmatched }
  }
  // A path whose nodes and steps the change leaves alone still exists, so its group survives: only the
  // entries of the paths the change touches are searched again (at 1M resources, a handful of 5,000).
  const idOf = (v: number): string => (v === ag.origin ? INTERNET : graph.nodeId(v))
  const index = pathIndexOf(analysis)
  const hit = new Set<number>()
  for (let v = 0; v < removedNodes.length; v++) if (removedNodes[v] === 1) for (const i of index.byNode.get(idOf(v)) ?? []) hit.add(i)
  for (let k = 0; k < removedMoves.length; k++) {
    if (removedMoves[k] === 1) for (const i of index.byStep.get(stepKey(idOf(ag.from[k]!), idOf(ag.to[k]!))) ?? []) hit.add(i)
  }
  const touched = [...hit].sort((a, b) => a - b).map((i) => analysis.paths[i]!)
  if (touched.length === 0) return { broken: [], remaining: analysis.paths.length, before: analysis.paths.length, unmatched }
  const entries = new Uint8Array(ag.size)
  for (const path of touched) {
    const v = graph.indexOf(path.entry.id)
    if (v !== undefined) entries[v] = 1
  }
  const after = searchAttackPaths(ag, { ...analysis.options, removedNodes, removedMoves, entries, countPaths: false, distances: index.distances })
  const left = new Set(after.map((g) => attackPathId(graph.nodeId(g.entry), graph.nodeId(g.target))))
  const broken = touched.filter((p) => !left.has(p.id))
  return { broken, remaining: analysis.paths.length - broken.length, before: analysis.paths.length, unmatched }
}

export interface ChokePoint {
  readonly kind: 'node' | 'edge'
  /** Node id, or `from → to` for a move. */
  readonly id: string
  readonly name: string
  /** For edges: the attack edge and security-graph edge kind. */
  readonly attackEdge?: string
  readonly from?: string
  readonly to?: string
  /** Paths whose best path passes here. */
  readonly onPaths: number
  /** Paths that disappear when it is removed (what-if). */
  readonly breaks: number
  readonly brokenPathIds: readonly string[]
}

/**
 * Candidates are the nodes and moves on the most best paths (entry, steps and target; the internet
 * excluded); each of the `candidates` busiest is removed in a what-if, and they are ranked by how many
 * paths that actually breaks (then by paths through them, then id).
 */
export function chokePoints(analysis: PathAnalysis, options: { readonly limit?: number; readonly candidates?: number } = {}): ChokePoint[] {
  const limit = options.limit ?? 10
  const candidates = options.candidates ?? Math.max(20, limit * 3)
  const nodeCount = new Map<string, number>()
  const edgeCount = new Map<string, { from: string; to: string; attackEdge: string; n: number }>()
  for (const path of analysis.paths) {
    const nodes = new Set<string>([path.entry.id, path.target.id])
    for (const step of path.steps) {
      if (step.from !== 'skyhound://internet') {
        nodes.add(step.from)
        const key = `${step.from} → ${step.to}`
        const entry = edgeCount.get(key)
        if (entry === undefined) edgeCount.set(key, { from: step.from, to: step.to, attackEdge: step.attackEdge, n: 1 })
        else entry.n++
      }
      nodes.add(step.to)
    }
    for (const id of nodes) nodeCount.set(id, (nodeCount.get(id) ?? 0) + 1)
  }
  const graph = analysis.attackGraph.graph
  const nameOf = (id: string): string => {
    const v = graph.indexOf(id)
    return v === undefined ? id : graph.nodeName(v)
  }
  const busiest = <T>(entries: [string, T][], count: (t: T) => number): [string, T][] =>
    entries.sort((a, b) => count(b[1]) - count(a[1]) || a[0].localeCompare(b[0])).slice(0, candidates)
  const out: ChokePoint[] = []
  for (const [id, n] of busiest([...nodeCount.entries()], (n) => n)) {
    const result = whatIf(analysis, { removeNodes: [id] })
    out.push({ kind: 'node', id, name: nameOf(id), onPaths: n, breaks: result.broken.length, brokenPathIds: result.broken.map((p) => p.id) })
  }
  for (const [id, e] of busiest([...edgeCount.entries()], (e) => e.n)) {
    const result = whatIf(analysis, { removeEdges: [{ from: e.from, to: e.to }] })
    out.push({ kind: 'edge', id, name: `${nameOf(e.from)} → ${nameOf(e.to)}`, attackEdge: e.attackEdge, from: e.from, to: e.to, onPaths: e.n, breaks: result.broken.length, brokenPathIds: result.broken.map((p) => p.id) })
  }
  return out.sort((a, b) => b.breaks - a.breaks || b.onPaths - a.onPaths || a.id.localeCompare(b.id)).slice(0, limit)
}

/** Recommendations by how many paths they break or reduce (the reference's "attack paths" column). */
export function recommendationImpact(paths: readonly AttackPath[]): { ruleId: string; findingId: string; nodeId: string; breaks: number; reduces: number }[] {
  const byFinding = new Map<string, { ruleId: string; findingId: string; nodeId: string; breaks: number; reduces: number }>()
  for (const path of paths) {
    const remediation = path.details['remediation']
    if (remediation === null || typeof remediation !== 'object' || Array.isArray(remediation)) continue
    for (const effect of ['breaks', 'reduces'] as const) {
      const list = remediation[effect]
      if (!Array.isArray(list)) continue
      for (const ref of list) {
        if (ref === null || typeof ref !== 'object' || Array.isArray(ref)) continue
        const text = (key: string): string => (typeof ref[key] === 'string' ? ref[key] : '')
        const findingId = text('findingId')
        const entry = byFinding.get(findingId) ?? { ruleId: text('ruleId'), findingId, nodeId: text('nodeId'), breaks: 0, reduces: 0 }
        entry[effect]++
        byFinding.set(findingId, entry)
      }
    }
  }
  return [...byFinding.values()].sort((a, b) => b.breaks - a.breaks || b.reduces - a.reduces || a.findingId.localeCompare(b.findingId))
}
