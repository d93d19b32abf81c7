/**
 * @module Chooses where a run starts: the smallest of the datasource's kind/family index, an insight
 * index, a tag index, or — when a connection leads to a handful of nodes (the internet, a few flagged
 * targets) — the nodes that reach them, found by walking backwards. The other conditions are still
 * tested on every start node, so the choice changes speed, never results.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { Family } from '../../model/vocabulary.js'
import type { ConditionPlan, DatasourcePlan, PlanContext } from './query-plan.js'
import { sourcesReaching } from './traverse.js'

export interface StartSet {
  /** What the run started from, for explain output: `family vm`, `insight exposed-to-internet`, … */
  readonly label: string
  readonly nodes: Int32Array
  /** False when every start node is already in the datasource's sources. */
  readonly checkSources: boolean
}

export interface StartOption {
  readonly label: string
  readonly size: number
  readonly checkSources: boolean
  nodes(): Int32Array
}

const INSIGHT_INDEX = new WeakMap<GraphView, ReadonlyMap<string, Int32Array>>()

/** Node indexes by insight id, built once per graph on first use. */
export function insightIndex(graph: GraphView): ReadonlyMap<string, Int32Array> {
  let index = INSIGHT_INDEX.get(graph)
  if (index === undefined) {
    const lists = new Map<string, number[]>()
    for (let i = 0; i < graph.nodeCount; i++) {
      const insights = graph.nodeInsights(i)
      for (let k = 0; k < insights.length; k++) {
        const id = insights[k]!.id
        let list = lists.get(id)
        if (list === undefined) lists.set(id, (list = []))
        if (list[list.length - 1] !== i) list.push(i)
      }
    }
    index = new Map([...lists].map(([id, list]) => [id, Int32Array.from(list)]))
    INSIGHT_INDEX.set(graph, index)
  }
  return index
}

/** Sorted union of ascending index arrays. */
function union(parts: readonly Int32Array[]): Int32Array {
  if (parts.length === 1) return parts[0]!
  const total = parts.reduce((sum, p) => sum + p.length, 0)
  const out = new Int32Array(total)
  let k = 0
  for (const part of parts) {
    out.set(part, k)
    k += part.length
  }
  out.sort()
  let unique = 0
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[unique++] = out[i]!
  return out.subarray(0, unique)
}

const UNIONS = new WeakMap<GraphView, Map<string, Int32Array>>()
/** Unions kept per graph: the kind and family lists templates start from recur on every run. */
const KEEP_UNIONS = 64

/**
 * The union of index lists under a label naming them, kept per graph: a fresh copy per run is megabytes
 * of external memory at 1M nodes, which V8 meets with major collections (run-scratch.ts).
 */
function cachedUnion(graph: GraphView, label: string, parts: () => readonly Int32Array[]): Int32Array {
  let cache = UNIONS.get(graph)
  if (cache === undefined) UNIONS.set(graph, (cache = new Map<string, Int32Array>()))
  let nodes = cache.get(label)
  if (nodes === undefined) {
    nodes = union(parts())
    if (cache.size >= KEEP_UNIONS) cache.delete(cache.keys().next().value!)
    cache.set(label, nodes)
  }
  return nodes
}

function allNodes(count: number): Int32Array {
  const out = new Int32Array(count)
  for (let i = 0; i < count; i++) out[i] = i
  return out
}

function sourceOption(plan: DatasourcePlan, graph: GraphView): StartOption {
  if (plan.families === undefined) {
    return { label: 'all nodes', size: graph.nodeCount, checkSources: false, nodes: () => cachedUnion(graph, 'all nodes', () => [allNodes(graph.nodeCount)]) }
  }
  const parts = [
    ...[...plan.families].map((f) => graph.nodesOfFamily(f)),
    ...[...plan.kinds!].map((k) => graph.nodesOfKind(k)),
  ]
  const labels = [...[...plan.families].map((f) => `family ${f}`), ...[...plan.kinds!].map((k) => `kind ${k}`)]
  const label = labels.join(' | ') || 'no sources'
  return {
    label,
    size: parts.reduce((sum, p) => sum + p.length, 0),
    checkSources: false,
    nodes: () => cachedUnion(graph, label, () => parts),
  }
}

/** How many connections deep a backward walk may seed the start set (targets of targets…). */
const SEED_DEPTH = 3

/** Options a single condition offers; connections only while `depth` allows another backward walk. */
function conditionOptions(plan: ConditionPlan, ctx: PlanContext, best: number, depth: number): StartOption[] {
  const { graph } = ctx
  const node = plan.node
  if (node.type === 'insight') {
    const nodes = insightIndex(graph).get(node.properties.id) ?? new Int32Array(0)
    return [{ label: `insight ${node.properties.id}`, size: nodes.length, checkSources: true, nodes: () => nodes }]
  }
  if (node.type === 'property') {
    const { path, operator, value } = node.properties
    if (path[0] === 'tags' && path.length === 2 && operator === 'eq' && typeof value === 'string') {
      const nodes = graph.nodesWithTag(path[1]!, value)
      return [{ label: `tag ${path[1]}=${value}`, size: nodes.length, checkSources: true, nodes: () => nodes }]
    }
    if (path[0] === 'tags' && path.length === 2 && operator === 'exists') {
      const nodes = graph.nodesWithTag(path[1]!)
      return [{ label: `tag ${path[1]}`, size: nodes.length, checkSources: true, nodes: () => nodes }]
    }
    if ((path[0] === 'kind' || path[0] === 'family') && (operator === 'eq' || operator === 'in')) {
      const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')
      const parts = values.map((v) => (path[0] === 'kind' ? graph.nodesOfKind(v) : graph.nodesOfFamily(v as Family)))
      const label = `${path[0]} ${values.join('|')}`
      return [{ label, size: parts.reduce((s, p) => s + p.length, 0), checkSources: true, nodes: () => cachedUnion(graph, label, () => parts) }]
    }
    return []
  }
  if (node.type === 'connection' && depth > 0 && plan.connection !== undefined) {
    const connection = plan.connection
    const target = startOf(connection.target, ctx, depth - 1)
    // A backward walk pays off when few targets can match (each reaches a few sources per hop) or when the
    // connection's edge kinds are rare: the walk visits each of their edges at most once per hop.
    const kindEdges = connection.kinds.reduce((sum, kind) => sum + graph.edgesOfKind(kind).length, 0)
    const estimate = Math.min(target.size * 4, kindEdges) * connection.max
    if (target.size >= best || estimate >= best) return []
    return [
      {
        label: `nodes reaching ${target.label} over ${connection.kinds.join('|')}`,
        size: estimate,
        checkSources: true,
        nodes: () => {
          const matched = target.nodes().filter((t) => (!target.checkSources || connection.target.inSources(t)) && connection.target.matches(t, undefined))
          return sourcesReaching(graph, ctx.budget, ctx.scratch, matched, connection)
        },
      },
    ]
  }
  return []
}

/** The smallest start set `plan` offers (its sources, an index of a conjunct, or a short backward walk). */
export function startOf(plan: DatasourcePlan, ctx: PlanContext, depth = SEED_DEPTH): StartOption {
  let best = sourceOption(plan, ctx.graph)
  const condition = plan.condition
  if (condition === undefined) return best
  // Only conjuncts narrow the start: a node outside one of them cannot match.
  const conjuncts = condition.members ?? [condition]
  const isAnd = condition.node.type === 'conditiongroup' ? condition.node.properties.operator === 'and' : true
  if (!isAnd) return best
  for (const conjunct of conjuncts) {
    for (const option of conditionOptions(conjunct, ctx, best.size, depth)) if (option.size < best.size) best = option
  }
  return best
}

export function chooseStart(plan: DatasourcePlan, ctx: PlanContext): StartSet {
  const option = startOf(plan, ctx, SEED_DEPTH)
  return { label: option.label, nodes: option.nodes(), checkSources: option.checkSources }
}
