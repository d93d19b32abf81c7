/** @module The read-only view of the security graph that every analysis, rule, path search and query uses. */
import type { Evidence, GraphEdge, GraphNode, Insight, JsonObject, Provenance } from '../model/graph-types.js'
import type { EdgeKind, Family, Provider } from '../model/vocabulary.js'

/** Direction of a traversal step. */
export type Direction = 'out' | 'in'

/**
 * Nodes are dense integers `0..nodeCount-1` and edges dense integers `0..edgeCount-1`; string ids
 * appear only at the boundary (`indexOf`, `node(i).id`). Hot loops use the integer API.
 */
export interface GraphView {
  readonly nodeCount: number
  readonly edgeCount: number

  indexOf(id: string): number | undefined
  /** Materialises a node record (allocates; avoid in hot loops, use the column accessors). */
  node(index: number): GraphNode
  nodeId(index: number): string
  nodeKind(index: number): string
  nodeFamily(index: number): Family
  nodeProvider(index: number): Provider
  nodeScope(index: number): string
  nodeName(index: number): string
  nodeProps(index: number): JsonObject
  nodeTags(index: number): Readonly<Record<string, string>>
  nodeInsights(index: number): readonly Insight[]
  nodeProvenance(index: number): readonly Provenance[]

  edge(edgeIndex: number): GraphEdge
  edgeFrom(edgeIndex: number): number
  edgeTo(edgeIndex: number): number
  edgeKind(edgeIndex: number): EdgeKind
  edgeProps(edgeIndex: number): JsonObject
  edgeEvidence(edgeIndex: number): readonly Evidence[]

  /**
   * Calls `visit(edgeIndex, neighbour)` for each edge of `node` in `direction`, optionally of one kind;
   * a visit that returns `true` stops the loop (a search that found what it looked for).
   */
  forEachEdge(node: number, direction: Direction, kind: EdgeKind | undefined, visit: (edge: number, neighbour: number) => unknown): void
  /** Neighbour node indexes, in deterministic order. */
  neighbours(node: number, direction: Direction, kind?: EdgeKind): number[]
  degree(node: number, direction: Direction, kind?: EdgeKind): number

  /** Node indexes by kind, family, scope or tag, ascending. Unknown keys give an empty array. */
  nodesOfKind(kind: string): Int32Array
  nodesOfFamily(family: Family): Int32Array
  nodesInScope(scope: string): Int32Array
  nodesWithTag(key: string, value?: string): Int32Array
  /** Edge indexes of one kind, ascending. */
  edgesOfKind(kind: EdgeKind): Int32Array

  kinds(): readonly string[]
  scopes(): readonly string[]
}
