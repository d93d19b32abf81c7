/**
 * @module Compressed sparse row adjacency for the security graph.
 * Edges are stored once, sorted by (from, kind, to); that order *is* the forward CSR, so edge index
 * = forward slot and no separate forward array is needed. The reverse CSR is a permutation of edge
 * indexes sorted by (to, kind, from). Sorting is an LSD radix sort (stable counting passes): O(m + n),
 * deterministic, and free of comparison callbacks, which matters at 5M edges.
 */

export interface EdgeColumns {
  readonly from: Int32Array
  readonly to: Int32Array
  readonly kind: Uint8Array
  /** Index into the graph's edge-attribute table, or -1 when the edge has none. */
  readonly attr: Int32Array
}

export interface EdgeIndex extends EdgeColumns {
  readonly nodeCount: number
  readonly edgeCount: number
  /** `fwdOffsets[v]..fwdOffsets[v+1]` are the edge indexes leaving v. */
  readonly fwdOffsets: Uint32Array
  /** `revEdges[revOffsets[v]..revOffsets[v+1]]` are the edge indexes entering v. */
  readonly revOffsets: Uint32Array
  readonly revEdges: Int32Array
}

/** Stable counting sort of `order` by `key[order[i]]`, with keys in [0, range). */
function countingSort(order: Int32Array, key: Int32Array | Uint8Array, range: number): Int32Array {
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

function offsetsOf(sortedKeys: Int32Array, order: Int32Array, nodeCount: number): Uint32Array {
  const offsets = new Uint32Array(nodeCount + 1)
  for (let i = 0; i < order.length; i++) offsets[sortedKeys[order[i]!]! + 1]!++
  for (let v = 0; v < nodeCount; v++) offsets[v + 1]! += offsets[v]!
  return offsets
}

function identity(length: number): Int32Array {
  const order = new Int32Array(length)
  for (let i = 0; i < length; i++) order[i] = i
  return order
}

/**
 * Sorts the edges, merges exact duplicates (same from, kind and to) and builds both CSR directions.
 * `mergeAttr(kept, dropped)` decides the attribute index of a merged edge.
 */
export function buildEdgeIndex(
  columns: EdgeColumns,
  nodeCount: number,
  kindCount: number,
  mergeAttr: (kept: number, dropped: number) => number,
): EdgeIndex {
  const m = columns.from.length
  let order = identity(m)
  order = countingSort(order, columns.to, nodeCount)
  order = countingSort(order, columns.kind, kindCount)
  order = countingSort(order, columns.from, nodeCount)

  const from = new Int32Array(m)
  const to = new Int32Array(m)
  const kind = new Uint8Array(m)
  const attr = new Int32Array(m)
  let w = 0
  for (let i = 0; i < m; i++) {
    const e = order[i]!
    const f = columns.from[e]!
    const t = columns.to[e]!
    const k = columns.kind[e]!
    if (w > 0 && from[w - 1] === f && to[w - 1] === t && kind[w - 1] === k) {
      attr[w - 1] = mergeAttr(attr[w - 1]!, columns.attr[e]!)
      continue
    }
    from[w] = f
    to[w] = t
    kind[w] = k
    attr[w] = columns.attr[e]!
    w++
  }
  const sorted: EdgeColumns = {
    from: w === m ? from : from.slice(0, w),
    to: w === m ? to : to.slice(0, w),
    kind: w === m ? kind : kind.slice(0, w),
    attr: w === m ? attr : attr.slice(0, w),
  }

  const all = identity(w)
  const fwdOffsets = offsetsOf(sorted.from, all, nodeCount)
  // Edges are already in `from` order, so two stable passes give (to, kind, from).
  const revEdges = countingSort(countingSort(all, sorted.kind, kindCount), sorted.to, nodeCount)
  const revOffsets = offsetsOf(sorted.to, all, nodeCount)
  return { ...sorted, nodeCount, edgeCount: w, fwdOffsets, revOffsets, revEdges }
}
