/**
 * @module The attack graph: the moves every attack edge derives, as CSR typed arrays (forward by `from`,
 * with a reverse permutation), over the security graph's node indexes plus one origin slot. The search
 * never touches the security graph's objects; steps are materialised only for the paths it keeps.
 */
import type { GraphView } from '../../graph/graph-view.js'
import { INTERNET_NODE_ID } from '../../model/graph-types.js'
import type { AttackEdge } from '../attack-edge.js'
import { computeNodeFacts } from '../node-facts.js'
import type { NodeFacts } from '../node-facts.js'
import { isTargetNode } from './targets.js'

export interface AttackGraph {
  readonly graph: GraphView
  readonly edges: readonly AttackEdge[]
  readonly facts: NodeFacts
  /** The internet node, or the extra slot `graph.nodeCount` when the graph has none. */
  readonly origin: number
  /** Node slots: graph.nodeCount + 1. */
  readonly size: number
  /** `offsets[v]..offsets[v+1]` are the moves leaving v, sorted by (to, move). */
  readonly offsets: Uint32Array
  readonly from: Int32Array
  readonly to: Int32Array
  /** Index into `edges`. */
  readonly move: Uint8Array
  /** Security-graph edge proving the move, or -1. */
  readonly graphEdge: Int32Array
  /** `revMoves[revOffsets[v]..revOffsets[v+1]]` are the moves entering v. */
  readonly revOffsets: Uint32Array
  readonly revMoves: Int32Array
  /** 1 where the node is a crown jewel by itself (targets.ts). */
  readonly target: Uint8Array
}

class Column {
  data = new Int32Array(4096)
  length = 0
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
}

function countingOrder(order: Int32Array, key: Int32Array, range: number): Int32Array {
  const counts = new Uint32Array(range + 1)
  for (let i = 0; i < order.length; i++) counts[key[order[i]!]! + 1]!++
  for (let k = 0; k < range; k++) counts[k + 1]! += counts[k]!
  const out = new Int32Array(order.length)
  for (let i = 0; i < order.length; i++) {
    const e = order[i]!
    out[counts[key[e]!]!++] = e
  }
  return out
}

/** Stable sort of each run of equal `from` in `order` by `to` (insertion sort; long runs use the built-in stable sort). */
function sortRunsByTo(order: Int32Array, from: Int32Array, to: Int32Array): void {
  const byTo = (a: number, b: number): number => to[a]! - to[b]!
  let start = 0
  while (start < order.length) {
    const f = from[order[start]!]!
    let end = start + 1
    while (end < order.length && from[order[end]!] === f) end++
    if (end - start > 32) {
      const run = Array.from(order.subarray(start, end)).sort(byTo)
      order.set(run, start)
    } else {
      for (let i = start + 1; i < end; i++) {
        const e = order[i]!
        const key = to[e]!
        let j = i - 1
        while (j >= start && to[order[j]!]! > key) {
          order[j + 1] = order[j]!
          j--
        }
        order[j + 1] = e
      }
    }
    start = end
  }
}

export function buildAttackGraph(graph: GraphView, edges: readonly AttackEdge[], facts: NodeFacts = computeNodeFacts(graph)): AttackGraph {
  const internet = graph.indexOf(INTERNET_NODE_ID)
  const origin = internet ?? graph.nodeCount
  const size = graph.nodeCount + 1
  const fromCol = new Column()
  const toCol = new Column()
  const moveCol = new Column()
  const edgeCol = new Column()
  const ctx = { graph, facts, origin }
  edges.forEach((edge, index) => {
    const isEntry = edge.stage === 'entry'
    edge.derive(ctx, (from, to, graphEdge) => {
      // Entry moves leave the origin only; lateral moves never touch it (nobody moves "to the internet").
      if (isEntry !== (from === origin) || to === origin || from === to) return
      fromCol.push(from)
      toCol.push(to)
      moveCol.push(index)
      edgeCol.push(graphEdge)
    })
  })
  const m = fromCol.length
  const rawFrom = fromCol.data.subarray(0, m)
  const rawTo = toCol.data.subarray(0, m)
  const identity = new Int32Array(m)
  for (let i = 0; i < m; i++) identity[i] = i
  // Order by (from, to, emission): a stable counting pass by `from`, then a stable sort by `to` inside
  // each node's run (runs are short; one pass over the moves instead of two over the whole node range).
  // Emission (catalogue) order among equal pairs is kept, so the first move on a pair wins.
  const order = countingOrder(identity, rawFrom, size)
  sortRunsByTo(order, rawFrom, rawTo)
  const from = new Int32Array(m)
  const to = new Int32Array(m)
  const move = new Uint8Array(m)
  const graphEdge = new Int32Array(m)
  let w = 0
  for (let i = 0; i < m; i++) {
    const e = order[i]!
    const f = rawFrom[e]!
    const t = rawTo[e]!
    if (w > 0 && from[w - 1] === f && to[w - 1] === t) continue
    from[w] = f
    to[w] = t
    move[w] = moveCol.data[e]!
    graphEdge[w] = edgeCol.data[e]!
    w++
  }
  const offsets = new Uint32Array(size + 1)
  for (let i = 0; i < w; i++) offsets[from[i]! + 1]!++
  for (let v = 0; v < size; v++) offsets[v + 1]! += offsets[v]!
  const revOffsets = new Uint32Array(size + 1)
  for (let i = 0; i < w; i++) revOffsets[to[i]! + 1]!++
  for (let v = 0; v < size; v++) revOffsets[v + 1]! += revOffsets[v]!
  const all = new Int32Array(w)
  for (let i = 0; i < w; i++) all[i] = i
  const revMoves = countingOrder(all, to.subarray(0, w), size)
  const target = new Uint8Array(size)
  for (let v = 0; v < graph.nodeCount; v++) if (isTargetNode(graph, facts, v)) target[v] = 1
  return {
    graph,
    edges,
    facts,
    origin,
    size,
    offsets,
    from: from.subarray(0, w),
    to: to.subarray(0, w),
    move: move.subarray(0, w),
    graphEdge: graphEdge.subarray(0, w),
    revOffsets,
    revMoves,
    target,
  }
}
