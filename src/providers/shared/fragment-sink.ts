/**
 * @module Collects what one input record maps to, so a record that fails halfway contributes
 * nothing, and remembers ids the file already emitted (placeholders, hierarchy edges).
 * Generic over providers; RowSink (Azure) and AssetSink (GCP) add their file-wide join state.
 */
import type { ReadContext } from '../../formats/format-adapter.js'
import type { EdgeInput, GraphFragment, JsonObject, NodeInput } from '../../model/graph-types.js'
import type { EdgeKind } from '../../model/vocabulary.js'

export class FragmentSink {
  private nodes: NodeInput[] = []
  private edges: EdgeInput[] = []
  private claimed: string[] = []
  private readonly seen = new Set<string>()

  node(node: NodeInput): void {
    this.nodes.push(node)
  }

  edge(from: string, kind: EdgeKind, to: string, props?: JsonObject): void {
    this.edges.push(props === undefined ? { from, to, kind } : { from, to, kind, props })
  }

  /** True the first time this file names `key`; later records skip re-emitting it. */
  claim(key: string): boolean {
    if (this.seen.has(key)) return false
    this.seen.add(key)
    this.claimed.push(key)
    return true
  }

  /**
   * Maps one record into this sink and emits its fragment; when `map` throws, the record contributes
   * nothing and becomes an `invalid-record` issue at `location` (the rest of the file is kept).
   */
  record(ctx: ReadContext, location: string, hint: string, map: () => void): void {
    try {
      map()
      ctx.emit(this.commit())
    } catch (error) {
      this.rollback()
      const message = error instanceof Error ? error.message : String(error)
      ctx.issue({ location, kind: 'invalid-record', message, hint })
    }
  }

  /** The record's fragment, to emit. */
  commit(): GraphFragment {
    const fragment = { nodes: this.nodes, edges: this.edges }
    this.reset()
    return fragment
  }

  /** Drops the record's output and its claims, after it failed. */
  rollback(): void {
    for (const key of this.claimed) this.seen.delete(key)
    this.reset()
  }

  private reset(): void {
    this.nodes = []
    this.edges = []
    this.claimed = []
  }
}
