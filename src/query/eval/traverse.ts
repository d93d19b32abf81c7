/**
 * @module Walks connections. A connection holds when some walk of `min..max` edges (nodes may repeat,
 * the start too) ends at a node of the target. Forward from one node for a condition test; backward
 * from a set of targets to seed the start set. Levels below `min` keep every walk (a node may recur at
 * another distance); from `min` on, a node is expanded once, since reaching it again later leaves fewer hops.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { ConnectionPlan, Witness } from './query-plan.js'
import type { RunBudget } from './run-budget.js'

function flip(direction: 'out' | 'in'): 'out' | 'in' {
  return direction === 'out' ? 'in' : 'out'
}

/** True when a walk from `start` satisfies the connection; records the walk and the target's own path. */
export function traverseFrom(graph: GraphView, budget: RunBudget, start: number, plan: ConnectionPlan, witness: Witness): boolean {
  const { kinds, directions, min, max, edgeTest, target } = plan
  if (min === 0 && target.matches(start, witness)) return true
  if (max === 1) {
    let found = -1
    let foundNode = -1
    for (const direction of directions) {
      for (const kind of kinds) {
        graph.forEachEdge(start, direction, kind, (edge, neighbour) => {
          if (found >= 0) return
          budget.tick()
          if (edgeTest !== undefined && !edgeTest(edge)) return
          if (target.matches(neighbour, undefined)) {
            found = edge
            foundNode = neighbour
          }
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
  // Walk entries: node, the edge that reached it, the entry it came from.
  const nodes: number[] = [start]
  const edges: number[] = [-1]
  const parents: number[] = [-1]
  const visited = new Set<number>()
  let frontier = [0]
  let found = -1
  for (let level = 1; level <= max && found < 0 && frontier.length > 0; level++) {
    const next: number[] = []
    const seenAtLevel = level < min ? new Set<number>() : undefined
    for (const entry of frontier) {
      const from = nodes[entry]!
      for (const direction of directions) {
        for (const kind of kinds) {
          graph.forEachEdge(from, direction, kind, (edge, neighbour) => {
            if (found >= 0) return
            budget.tick()
            if (edgeTest !== undefined && !edgeTest(edge)) return
            if (seenAtLevel !== undefined) {
              if (seenAtLevel.has(neighbour)) return
              seenAtLevel.add(neighbour)
            } else {
              if (visited.has(neighbour)) return
              visited.add(neighbour)
            }
            const index = nodes.push(neighbour) - 1
            edges.push(edge)
            parents.push(entry)
            if (level >= min && target.matches(neighbour, undefined)) {
              found = index
              return
            }
            next.push(index)
          })
          if (found >= 0) break
        }
        if (found >= 0) break
      }
      if (found >= 0) break
    }
    frontier = next
  }
  if (found < 0) return false
  if (witness !== undefined) {
    const path: number[] = []
    for (let entry = found; entry > 0; entry = parents[entry]!) path.push(edges[entry]!)
    witness.push(...path.reverse())
    target.matches(nodes[found]!, witness)
  }
  return true
}

/**
 * Every node from which a walk of `min..max` hops along the connection reaches one of `targets`
 * (nodes already known to match the target): the start set when a connection is the cheapest way in.
 */
export function sourcesReaching(graph: GraphView, budget: RunBudget, targets: Int32Array, plan: ConnectionPlan): Int32Array {
  const { kinds, directions, min, max, edgeTest } = plan
  const reached = new Uint8Array(graph.nodeCount)
  let count = 0
  const mark = (node: number): void => {
    if (reached[node] === 0) {
      reached[node] = 1
      count++
    }
  }
  if (min === 0) for (const t of targets) mark(t)
  const visited = new Uint8Array(graph.nodeCount)
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
