/**
 * @module Runs a query on the in-memory graph: choose a start set, test the root datasource's
 * conditions on each start node, count every match, order by node id, then replay the first
 * `maxRows` matches recording which edges satisfied the connections (the matched sub-path).
 */
import type { Finding } from '../../model/finding.js'
import type { GraphView } from '../../graph/graph-view.js'
import type { EdgeKind, Family, Provider } from '../../model/vocabulary.js'
import type { ConditionNode, DatasourceNode } from '../ast/index.js'
import { hopRange } from '../ast/connection-condition-node.js'
import type { QueryNode } from '../ast/query-node.js'
import { QueryError } from '../query-error.js'
import { resolveLimits } from '../query-limits.js'
import type { QueryLimits } from '../query-limits.js'
import { DatasourcePlan } from './query-plan.js'
import type { PlanContext } from './query-plan.js'
import { RunBudget } from './run-budget.js'
import { RunScratch } from './run-scratch.js'
import { backwardConnection, hasMultiHop, matchingNodes, settleNested } from './backward-plan.js'
import { chooseStart } from './start-set.js'

export interface RunOptions {
  readonly limits?: Partial<QueryLimits>
  /** Findings of the snapshot, for recommendation conditions (none: those conditions never hold). */
  readonly findings?: readonly Finding[]
  /** Clock in milliseconds (tests). */
  readonly now?: () => number
  /**
   * How multi-hop connections are answered: `forward` walks from each candidate, `backward` settles them
   * from their targets first (backward-plan.ts), `auto` (default) goes backward once there are more than
   * BACKWARD_ABOVE candidates. Results are identical; only the work differs.
   */
  readonly strategy?: 'auto' | 'forward' | 'backward'
}

/** Start sets larger than this answer multi-hop connections backwards (a few hundred forward walks are cheaper). */
export const BACKWARD_ABOVE = 1_000

export interface ResultNode {
  readonly id: string
  readonly kind: string
  readonly family: Family
  readonly provider: Provider
  readonly name: string
}

/** One edge of a row's matched sub-path, in the edge's own direction. */
export interface MatchedEdge {
  readonly from: string
  readonly kind: EdgeKind
  readonly to: string
}

export interface QueryRow {
  readonly node: ResultNode
  readonly match: readonly MatchedEdge[]
}

export interface QueryStats {
  /** The index the run started from. */
  readonly start: string
  readonly candidates: number
  readonly edgeVisits: number
  readonly elapsedMs: number
}

export interface QueryResult {
  /** Every match, also those beyond `maxRows`. */
  readonly total: number
  readonly truncated: boolean
  readonly rows: readonly QueryRow[]
  readonly stats: QueryStats
}

function* connectionsOf(source: DatasourceNode): Generator<{ kinds: string; max: number }> {
  const stack: ConditionNode[] = source.properties.conditions === undefined ? [] : [source.properties.conditions]
  while (stack.length > 0) {
    const condition = stack.pop()!
    if (condition.type === 'conditiongroup') stack.push(...condition.properties.conditions)
    else if (condition.type === 'connection') {
      const { name, target } = condition.properties
      yield { kinds: typeof name === 'string' ? name : name.join('|'), max: hopRange(condition).max }
      yield* connectionsOf(target)
    }
  }
}

/** Refuses, before running, a query whose hop ranges exceed the limit. */
export function checkHopLimit(query: QueryNode, limits: QueryLimits): void {
  for (const { kinds, max } of connectionsOf(query.properties.source)) {
    if (max > limits.maxHops) {
      throw new QueryError('SKY_QUERY_LIMIT', `a '${kinds}' connection walks up to ${max} hops; the limit is ${limits.maxHops} (maxHops)`, {
        hint: 'narrow the hop range (*1..3) or raise the limit (--max-hops)',
      })
    }
  }
}

const ID_ORDERED = new WeakMap<GraphView, boolean>()

/** Graphs loaded from the store are in id order already; then sorting by id is free. */
function indexOrderIsIdOrder(graph: GraphView): boolean {
  let ordered = ID_ORDERED.get(graph)
  if (ordered === undefined) {
    ordered = true
    for (let i = 1; i < graph.nodeCount && ordered; i++) if (graph.nodeId(i - 1) >= graph.nodeId(i)) ordered = false
    ID_ORDERED.set(graph, ordered)
  }
  return ordered
}

/**
 * The `count` matches with the smallest node ids, in id order. Start sets are ascending by node index,
 * which is id order for graphs loaded from the store; otherwise a bounded max-heap keeps the smallest ids
 * without sorting every match.
 */
function firstById(graph: GraphView, matches: readonly number[], count: number): number[] {
  if (indexOrderIsIdOrder(graph)) return [...matches].sort((a, b) => a - b).slice(0, count)
  const byId = (a: number, b: number): number => {
    const x = graph.nodeId(a)
    const y = graph.nodeId(b)
    return x < y ? -1 : x > y ? 1 : 0
  }
  if (matches.length <= count * 4) return [...matches].sort(byId).slice(0, count)
  // heap[0] is the largest id kept; a smaller one replaces it.
  const heap: number[] = []
  const down = (from: number): void => {
    for (let i = from; ; ) {
      const l = 2 * i + 1
      const r = l + 1
      let largest = i
      if (l < heap.length && byId(heap[l]!, heap[largest]!) > 0) largest = l
      if (r < heap.length && byId(heap[r]!, heap[largest]!) > 0) largest = r
      if (largest === i) return
      ;[heap[i], heap[largest]] = [heap[largest]!, heap[i]!]
      i = largest
    }
  }
  for (const node of matches) {
    if (heap.length < count) {
      heap.push(node)
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1
        if (byId(heap[i]!, heap[parent]!) <= 0) break
        ;[heap[i], heap[parent]] = [heap[parent]!, heap[i]!]
        i = parent
      }
    } else if (count > 0 && byId(node, heap[0]!) < 0) {
      heap[0] = node
      down(0)
    }
  }
  return heap.sort(byId)
}

function resultNode(graph: GraphView, node: number): ResultNode {
  return {
    id: graph.nodeId(node),
    kind: graph.nodeKind(node),
    family: graph.nodeFamily(node),
    provider: graph.nodeProvider(node),
    name: graph.nodeName(node),
  }
}

function matchedEdges(graph: GraphView, edges: readonly number[]): MatchedEdge[] {
  const seen = new Set<number>()
  const out: MatchedEdge[] = []
  for (const edge of edges) {
    if (seen.has(edge)) continue
    seen.add(edge)
    out.push({ from: graph.nodeId(graph.edgeFrom(edge)), kind: graph.edgeKind(edge), to: graph.nodeId(graph.edgeTo(edge)) })
  }
  return out
}

/** Runs a validated query (see `validateQuery` / `parseQueryText`) on a graph. */
export function runQueryAst(graph: GraphView, query: QueryNode, options: RunOptions = {}): QueryResult {
  const limits = resolveLimits(options.limits)
  checkHopLimit(query, limits)
  const budget = new RunBudget(limits, options.now)
  const scratch = new RunScratch(graph)
  try {
    return run(graph, query, limits, { graph, budget, findings: options.findings ?? [], scratch }, options.strategy ?? 'auto')
  } finally {
    scratch.release()
  }
}

function run(graph: GraphView, query: QueryNode, limits: QueryLimits, ctx: PlanContext, strategy: NonNullable<RunOptions['strategy']>): QueryResult {
  const { budget } = ctx
  const root = new DatasourcePlan(query.properties.source, ctx, false)
  const start = chooseStart(root, ctx)
  const backward = strategy === 'backward' || (strategy === 'auto' && start.nodes.length > BACKWARD_ABOVE && hasMultiHop(root))
  const condition = root.condition
  let matches: number[]
  let label = start.label
  let candidates = start.nodes.length
  const via = backward ? backwardConnection(root) : undefined
  if (via !== undefined) {
    const found = matchingNodes(root, ctx)
    matches = Array.from(found)
    label = `backward from the targets of ${via.connection!.kinds.join('|')}`
    candidates = found.length
  } else {
    if (backward) settleNested(root, ctx)
    budget.candidatesTotal = start.nodes.length
    matches = []
    for (const node of start.nodes) {
      budget.candidatesTested++
      budget.tick()
      if (start.checkSources && !root.inSources(node)) continue
      if (condition === undefined || condition.test(node, undefined)) matches.push(node)
    }
  }
  const rows = firstById(graph, matches, limits.maxRows).map((node): QueryRow => {
    const witness: number[] = []
    condition?.test(node, witness)
    return { node: resultNode(graph, node), match: matchedEdges(graph, witness) }
  })
  return {
    total: matches.length,
    truncated: matches.length > rows.length,
    rows,
    stats: { start: label, candidates, edgeVisits: budget.edgeVisits, elapsedMs: Math.round(budget.elapsedMs() * 100) / 100 },
  }
}
