/** @module Neighbour lookups by edge kind and node kind, on the graph's integer API. */
import type { Direction, GraphView } from '../../graph/graph-view.js'
import type { EdgeKind } from '../../model/vocabulary.js'

/** Neighbours over `edge` edges whose node kind is one of `kinds` (any kind when empty), ascending. */
export function linked(graph: GraphView, node: number, direction: Direction, edge: EdgeKind, ...kinds: string[]): number[] {
  const out: number[] = []
  graph.forEachEdge(node, direction, edge, (_e, neighbour) => {
    if (kinds.length === 0 || kinds.includes(graph.nodeKind(neighbour))) out.push(neighbour)
  })
  return [...new Set(out)].sort((a, b) => a - b)
}

/** Node indexes of ids that exist in the graph (unknown ids are dropped), de-duplicated. */
export function indexesOf(graph: GraphView, ids: readonly string[]): number[] {
  const out = new Set<number>()
  for (const id of ids) {
    const index = graph.indexOf(id)
    if (index !== undefined) out.add(index)
  }
  return [...out].sort((a, b) => a - b)
}

/** Node indexes of several kinds, ascending. */
export function nodesOfKinds(graph: GraphView, ...kinds: string[]): number[] {
  const out: number[] = []
  for (const kind of kinds) for (const index of graph.nodesOfKind(kind)) out.push(index)
  return out.sort((a, b) => a - b)
}

/** The id when the graph holds that node, for `via` lists that must name real nodes. */
export const known = (graph: GraphView, id: string | undefined): string[] =>
  id !== undefined && graph.indexOf(id) !== undefined ? [id] : []

/** Appends to a map of lists (grouping in one pass, never by copying the list). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}
