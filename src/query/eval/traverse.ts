/**
 * @module Walks connections. A connection holds when some walk of `min..max` edges (nodes may repeat,
 * the start too) ends at a node of the target. Forward from one node for a condition test; backward
 * from a set of targets to seed the start set. Levels below `min` keep every walk (a node may recur at
 * another distance); from `min` on, a node is expanded once, since reaching it again later leaves fewer hops.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { ConnectionPlan, Witness } from './query-plan.js'
import type { RunBudget } from './run-budget.js'
import type { RunScratch } from './run-scratch.js'

function flip(direction: 'out' | 'in'): 'out' | 'in' {
  return direction === 'out' ? 'in' : 'out'
}

/** Growable int list that is reset, not reallocated, between walks. */
class IntList {
  data = new Int32Array(256)
  length = 0
  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length] = value
    return this.length++
  }
}

/**
 * Buffers one connection reuses across its walks, so testing a million start nodes allocates nothing per
 * node: walk entries (node, edge, parent) in level order, and visit marks stamped with a generation.
 */
export class WalkScratch {
  readonly nodes = new IntList()
  readonly edges = new IntList()
  readonly parents = new IntList()
  private stamps: Int32Array | undefined
  private generation = 0

  constructor(private readonly allocate: () => Int32Array) {}

  /** Reserves `count` fresh generations and returns the first; marks of earlier walks never equal them. */
  reserve(count: number): number {
    if (this.stamps === undefined || this.generation + count >= 0x7fffffff) {
      this.stamps = this.allocate()
      this.generation = 0
    }
    const first = this.generation + 1
    this.generation += count
    return first
  }

  /** Marks `node` with `generation`; false when it already carried it. */
  mark(node: number, generation: number): boolean {
    const stamps = this.stamps!
    if (stamps[node] === generation) return false
    stamps[node] = generation
    return true
  }

  reset(): void {
    this.nodes.length = 0
    this.edges.length = 0
    this.parents.length = 0
  }
}

/** True when a walk from `start` satisfies the connection; records the walk and the target's own path. */
export function traverseFrom(graph: GraphView, budget: RunBudget, start: number, plan: ConnectionPlan, witness: Witness): boolean {
  const { kinds, directions, min, max, edgeTest, target, scratch } = plan
  if (min === 0 && target.matches(start, witness)) return true
  if (max === 1) {
    let found = -1
    let foundNode = -1
    for (const direction of directions) {
      for (const kind of kinds) {
        graph.forEachEdge(start, direction, kind, (edge, neighbour) => {
          budget.tick()
          if (edgeTest !== undefined && !edgeTest(edge)) return false
          if (!target.matches(neighbour, undefined)) return false
          found = edge
          foundNode = neighbour
          // Stops the loop: a node with 100 000 grants of this kind need not visit the rest.
          return true
        })
        if (found >= 0) break
      }
      if (found >= 0) break
    }
    if (found < 0) return false
    if (witness !== undefined) {
      witness.push(found)
      target.matches(foundNode, witness)
    }
    return true
  }
  // Entries are appended level by level, so a level's frontier is a contiguous range of them.
  scratch.reset()
  const { nodes, edges, parents } = scratch
  // Generation `base + level` marks a node seen at that level (below min); `base + max + 1` seen at or after min.
  const base = scratch.reserve(max + 2)
  const settled = base + max + 1
  nodes.push(start)
  edges.push(-1)
  parents.push(-1)
  let frontierStart = 0
  let frontierEnd = 1
  let found = -1
  for (let level = 1; level <= max && found < 0 && frontierStart < frontierEnd; level++) {
    const stamp = level < min ? base + level : settled
    for (let entry = frontierStart; entry < frontierEnd && found < 0; entry++) {
      const from = nodes.data[entry]!
      for (const direction of directions) {
        for (const kind of kinds) {
          graph.forEachEdge(from, direction, kind, (edge, neighbour) => {
            budget.tick()
            if (edgeTest !== undefined && !edgeTest(edge)) return false
            if (!scratch.mark(neighbour, stamp)) return false
            const index = nodes.push(neighbour)
            edges.push(edge)
            parents.push(entry)
            if (level >= min && target.matches(neighbour, undefined)) found = index
            return found >= 0
          })
          if (found >= 0) break
        }
        if (found >= 0) break
      }
    }
    frontierStart = frontierEnd
    frontierEnd = nodes.length
  }
  if (found < 0) return false
  if (witness !== undefined) {
    const path: number[] = []
    for (let entry = found; entry > 0; entry = parents.data[entry]!) path.push(edges.data[entry]!)
    const end = nodes.data[found]!
    witness.push(...path.reverse())
    target.matches(end, witness)
  }
  return true
}

/**
 * Every node from which a walk of `min..max` hops along the connection reaches one of `targets`
 * (nodes already known to match the target): the start set when a connection is the cheapest way in.
 */
export function sourcesReaching(graph: GraphView, budget: RunBudget, scratch: RunScratch, targets: Int32Array, plan: ConnectionPlan): Int32Array {
  const { kinds, directions, min, max, edgeTest } = plan
  const reached = scratch.uint8()
  let count = 0
  const mark = (node: number): void => {
    if (reached[node] === 0) {
      reached[node] = 1
      count++
    }
  }
  if (min === 0) for (const t of targets) mark(t)
  const visited = scratch.uint8()
  let frontier: number[] = Array.from(targets)
  for (let level = 1; level <= max && frontier.length > 0; level++) {
    const next: number[] = []
    const seenAtLevel = level < min ? new Set<number>() : undefined
    for (const from of frontier) {
      for (const direction of directions) {
        for (const kind of kinds) {
          graph.forEachEdge(from, flip(direction), kind, (edge, neighbour) => {
            budget.tick()
            if (edgeTest !== undefined && !edgeTest(edge)) return
            if (seenAtLevel !== undefined) {
              if (seenAtLevel.has(neighbour)) return
              seenAtLevel.add(neighbour)
            } else {
              if (level >= min) mark(neighbour)
              if (visited[neighbour] === 1) return
              visited[neighbour] = 1
            }
            next.push(neighbour)
          })
        }
      }
    }
    frontier = next
  }
  const out = new Int32Array(count)
  let k = 0
  for (let i = 0; i < reached.length; i++) if (reached[i] === 1) out[k++] = i
  return out
}
