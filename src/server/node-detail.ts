/**
 * @module One node with its neighbourhood: the node record, edge counts by kind in each direction, and
 * pages of incoming and outgoing edges with their props and evidence. Hub nodes (the internet, an
 * account) have hundreds of thousands of edges, so edges are always paged.
 */
import type { Direction, GraphView } from '../graph/graph-view.js'
import type { Evidence, GraphNode, JsonObject } from '../model/graph-types.js'
import type { EdgeKind, Family, Provider } from '../model/vocabulary.js'

export interface NodeRef {
  readonly id: string
  readonly name: string
  readonly kind: string
  readonly family: Family
  readonly provider: Provider
}

export interface EdgeItem {
  readonly kind: EdgeKind
  readonly direction: Direction
  /** The node at the other end. */
  readonly node: NodeRef
  readonly props: JsonObject
  readonly evidence: readonly Evidence[]
}

export interface EdgePage {
  readonly total: number
  readonly items: readonly EdgeItem[]
}

export interface EdgeCounts {
  readonly total: number
  readonly byKind: Record<string, number>
}

export interface NodeDetail {
  readonly node: GraphNode
  readonly degree: { readonly out: EdgeCounts; readonly in: EdgeCounts }
}

export function nodeRef(graph: GraphView, index: number): NodeRef {
  return {
    id: graph.nodeId(index),
    name: graph.nodeName(index),
    kind: graph.nodeKind(index),
    family: graph.nodeFamily(index),
    provider: graph.nodeProvider(index),
  }
}

function edgeCounts(graph: GraphView, index: number, direction: Direction): EdgeCounts {
  const byKind: Record<string, number> = {}
  let total = 0
  graph.forEachEdge(index, direction, undefined, (edge) => {
    const kind = graph.edgeKind(edge)
    byKind[kind] = (byKind[kind] ?? 0) + 1
    total++
  })
  return { total, byKind: Object.fromEntries(Object.entries(byKind).sort(([a], [b]) => (a < b ? -1 : 1))) }
}

export function nodeDetail(graph: GraphView, index: number): NodeDetail {
  return {
    node: graph.node(index),
    degree: { out: edgeCounts(graph, index, 'out'), in: edgeCounts(graph, index, 'in') },
  }
}

/** Edges of `index` in one direction, optionally of one kind, in graph order. */
export function nodeEdges(
  graph: GraphView,
  index: number,
  query: { readonly direction: Direction; readonly kind?: EdgeKind | undefined; readonly offset: number; readonly limit: number },
): EdgePage {
  const items: EdgeItem[] = []
  let total = 0
  const end = query.offset + query.limit
  graph.forEachEdge(index, query.direction, query.kind, (edge, neighbour) => {
    if (total >= query.offset && total < end) {
      items.push({
        kind: graph.edgeKind(edge),
        direction: query.direction,
        node: nodeRef(graph, neighbour),
        props: graph.edgeProps(edge),
        evidence: graph.edgeEvidence(edge),
      })
    }
    total++
  })
  return { total, items }
}
