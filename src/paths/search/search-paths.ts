/**
 * @module Path search on the attack graph: from every entry (a move out of the origin) to every target,
 * at most `maxDepth` moves, no node twice. Per entry, a breadth-first pass finds the best (fewest moves,
 * then CSR order) path to each target it reaches, and a depth-first pass counts the distinct simple
 * paths of each (entry, target) group within a work budget. A reverse breadth-first pass from the targets
 * first gives each node its distance to the nearest target, so both passes skip branches that cannot
 * reach one in the moves left. Terminal moves (a public copy) are taken only straight from the entry:
 * they describe where the entry's data goes, not a move an attacker makes mid-path. Everything is typed arrays with per-entry stamps: no allocation per node.
 */
import type { AttackGraph } from './attack-graph.js'

export interface SearchOptions {
  /** Moves per path, the entry move included (default 8). */
  readonly maxDepth?: number
  /** Moves examined per entry by the counting pass before it stops and marks counts as lower bounds (default 50 000). */
  readonly countBudget?: number
  /** Nodes (1) a what-if removes. */
  readonly removedNodes?: Uint8Array
  /** Moves (1, by attack-graph move index) a what-if removes. */
  readonly removedMoves?: Uint8Array
  /** Only entries whose node is marked 1 here (a what-if re-searches the entries its change can affect). */
  readonly entries?: Uint8Array
  /** False skips the depth-first count of paths per group (counts are 1): a what-if only asks which groups exist. */
  readonly countPaths?: boolean
  /**
   * `distanceToTargets` of the graph without the removals, computed once: removals only lengthen distances,
   * so the unchanged ones are lower bounds and prune less but never wrongly (a what-if skips the pass).
   */
  readonly distances?: Uint8Array
}

export interface PathGroup {
  readonly entry: number
  readonly target: number
  /** Attack-graph move indexes of the best path, the entry move first. */
  readonly moves: Int32Array
  /** Distinct simple paths of the group (a lower bound when `truncated`). */
  readonly count: number
  readonly truncated: boolean
}

export const DEFAULT_MAX_DEPTH = 8
export const DEFAULT_COUNT_BUDGET = 50_000
const FAR = 255

/** Distance (in lateral moves) from each node to the nearest target; FAR when none within reach. */
export function distanceToTargets(ag: AttackGraph, maxLateral: number, removedNodes?: Uint8Array, removedMoves?: Uint8Array): Uint8Array {
  const dist = new Uint8Array(ag.size).fill(FAR)
  const queue = new Int32Array(ag.size)
  let head = 0
  let tail = 0
  for (let v = 0; v < ag.size; v++) {
    if (ag.target[v] === 1 && removedNodes?.[v] !== 1) {
      dist[v] = 0
      queue[tail++] = v
    }
  }
  // Sources of terminal moves are one move from a target of their own.
  const terminal = ag.edges.map((e) => e.terminal)
  const seeds: number[] = []
  for (let k = 0; k < ag.from.length; k++) {
    const f = ag.from[k]!
    if (terminal[ag.move[k]!] === true && f !== ag.origin && dist[f] === FAR && removedMoves?.[k] !== 1 && removedNodes?.[f] !== 1 && removedNodes?.[ag.to[k]!] !== 1) {
      dist[f] = 1
      seeds.push(f)
    }
  }
  // Level order: all distance-0 nodes, then the distance-1 seeds, keeps the queue monotone.
  const ordered = new Int32Array(tail + seeds.length)
  ordered.set(queue.subarray(0, tail))
  ordered.set(seeds, tail)
  queue.set(ordered)
  tail = ordered.length
  while (head < tail) {
    const v = queue[head++]!
    const d = dist[v]!
    if (d >= maxLateral) continue
    for (let i = ag.revOffsets[v]!; i < ag.revOffsets[v + 1]!; i++) {
      const k = ag.revMoves[i]!
      const u = ag.from[k]!
      if (u === ag.origin || dist[u]! <= d + 1 || removedMoves?.[k] === 1 || removedNodes?.[u] === 1) continue
      dist[u] = d + 1
      queue[tail++] = u
    }
  }
  return dist
}

const byTarget = (a: { target: number }, b: { target: number }): number => a.target - b.target

export function searchAttackPaths(ag: AttackGraph, options: SearchOptions = {}): PathGroup[] {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH
  const maxLateral = Math.max(0, maxDepth - 1)
  const budget = options.countBudget ?? DEFAULT_COUNT_BUDGET
  const removedNodes = options.removedNodes
  const removedMoves = options.removedMoves
  const onlyEntries = options.entries
  const countPaths = options.countPaths ?? true
  const dist = options.distances ?? distanceToTargets(ag, maxLateral, removedNodes, removedMoves)
  const terminal = Uint8Array.from(ag.edges, (e) => (e.terminal ? 1 : 0))
  const { offsets, to, move, target, origin } = ag

  const seen = new Int32Array(ag.size).fill(-1)
  const hit = new Int32Array(ag.size).fill(-1)
  const parent = new Int32Array(ag.size)
  const depth = new Uint8Array(ag.size)
  const queue = new Int32Array(ag.size)
  const onStack = new Uint8Array(ag.size)
  const counts = new Float64Array(ag.size)
  const groups: PathGroup[] = []

  const blocked = (k: number, w: number): boolean => w === origin || removedMoves?.[k] === 1 || removedNodes?.[w] === 1

  // Per-entry state of the counting pass; one closure for the whole search, not one per entry.
  let work = 0
  let truncated = false
  const dfs = (u: number, d: number): void => {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      if (++work > budget) {
        truncated = true
        return
      }
      const w = to[k]!
      if (onStack[w] === 1 || blocked(k, w) || (terminal[move[k]!] === 1 && d !== 0)) continue
      if (target[w] === 1 || terminal[move[k]!] === 1) counts[w]!++
      if (d + 1 < maxLateral && dist[w]! <= maxLateral - d - 1) {
        onStack[w] = 1
        dfs(w, d + 1)
        onStack[w] = 0
        if (truncated) return
      }
    }
  }

  for (let entryMove = offsets[origin]!; entryMove < offsets[origin + 1]!; entryMove++) {
    const entry = to[entryMove]!
    if (blocked(entryMove, entry) || (onlyEntries !== undefined && onlyEntries[entry] !== 1)) continue
    const stamp = entryMove
    const self = ag.edges[move[entryMove]!]!.selfTarget
    const found: { target: number; moves: Int32Array }[] = []
    if (self === 'always' || (self === 'if-target' && target[entry] === 1)) found.push({ target: entry, moves: Int32Array.of(entryMove) })
    hit[entry] = stamp

    // Breadth-first: the first arrival at a target is a best path.
    let head = 0
    let tail = 0
    seen[entry] = stamp
    depth[entry] = 0
    queue[tail++] = entry
    while (head < tail) {
      const u = queue[head++]!
      const d = depth[u]!
      if (d >= maxLateral || dist[u]! > maxLateral - d) continue
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const w = to[k]!
        if (blocked(k, w) || (terminal[move[k]!] === 1 && d !== 0)) continue
        if ((target[w] === 1 || terminal[move[k]!] === 1) && hit[w] !== stamp) {
          hit[w] = stamp
          const moves = new Int32Array(d + 2)
          moves[d + 1] = k
          let x = u
          for (let i = d; i >= 1; i--) {
            moves[i] = parent[x]!
            x = ag.from[parent[x]!]!
          }
          moves[0] = entryMove
          found.push({ target: w, moves })
        }
        if (seen[w] !== stamp) {
          seen[w] = stamp
          parent[w] = k
          depth[w] = d + 1
          queue[tail++] = w
        }
      }
    }
    if (found.length === 0) continue
    if (!countPaths) {
      found.sort(byTarget)
      for (const f of found) groups.push({ entry, target: f.target, moves: f.moves, count: 1, truncated: false })
      continue
    }

    // Depth-first count of simple paths per target, within the budget.
    for (const f of found) counts[f.target] = 0
    work = 0
    truncated = false
    onStack[entry] = 1
    if (dist[entry]! <= maxLateral) dfs(entry, 0)
    onStack[entry] = 0
    found.sort(byTarget)
    for (const f of found) {
      const count = f.target === entry ? 1 : Math.max(1, counts[f.target]!)
      groups.push({ entry, target: f.target, moves: f.moves, count, truncated: truncated && f.target !== entry })
    }
  }
  return groups
}
