/** @module Collects what one row maps to, so a row that fails halfway contributes nothing. */
import type { EdgeInput, GraphFragment, JsonObject, NodeInput } from '../../model/graph-types.js'
import type { EdgeKind } from '../../model/vocabulary.js'
import type { RoleJoin } from './role-join.js'

export class RowSink {
  private nodes: NodeInput[] = []
  private edges: EdgeInput[] = []
  private claimed: string[] = []

  constructor(
    /** Ids already emitted by this file (rows or placeholders), shared across rows. */
    private readonly seen: Set<string>,
    readonly join: RoleJoin,
  ) {}

  node(node: NodeInput): void {
    this.nodes.push(node)
  }

  edge(from: string, kind: EdgeKind, to: string, props?: JsonObject): void {
    this.edges.push(props === undefined ? { from, to, kind } : { from, to, kind, props })
  }

  /** True the first time this file names `id`; later rows skip re-emitting it. */
  claim(id: string): boolean {
    if (this.seen.has(id)) return false
    this.seen.add(id)
    this.claimed.push(id)
    return true
  }

  commit(): GraphFragment {
    const fragment = { nodes: this.nodes, edges: this.edges }
    this.nodes = []
    this.edges = []
    this.claimed = []
    return fragment
  }

  rollback(): void {
    for (const id of this.claimed) this.seen.delete(id)
    this.nodes = []
    this.edges = []
    this.claimed = []
  }
}
