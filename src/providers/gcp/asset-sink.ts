/**
 * @module Collects what one asset maps to (so an asset that fails halfway contributes nothing) and
 * the file-wide state mappers share: ids already emitted, service accounts by unique id, and IAM
 * policies waiting for the service account they belong to.
 */
import type { EdgeInput, GraphFragment, JsonObject, NodeInput } from '../../model/graph-types.js'
import type { EdgeKind } from '../../model/vocabulary.js'

export class AssetSink {
  private nodes: NodeInput[] = []
  private edges: EdgeInput[] = []
  private claimed: string[] = []
  private readonly seen = new Set<string>()
  /** CAI name or unique id of a service account → its email-keyed node id. */
  private readonly serviceAccounts = new Map<string, string>()

  node(node: NodeInput): void {
    this.nodes.push(node)
  }

  edge(from: string, kind: EdgeKind, to: string, props?: JsonObject): void {
    this.edges.push(props === undefined ? { from, to, kind } : { from, to, kind, props })
  }

  /** True the first time this file names `key` (placeholder nodes, hierarchy edges). */
  claim(key: string): boolean {
    if (this.seen.has(key)) return false
    this.seen.add(key)
    this.claimed.push(key)
    return true
  }

  serviceAccount(alias: string, nodeId: string): void {
    this.serviceAccounts.set(alias, nodeId)
  }

  serviceAccountNodeId(alias: string): string | undefined {
    return this.serviceAccounts.get(alias)
  }

  commit(): GraphFragment {
    const fragment = { nodes: this.nodes, edges: this.edges }
    this.nodes = []
    this.edges = []
    this.claimed = []
    return fragment
  }

  rollback(): void {
    for (const key of this.claimed) this.seen.delete(key)
    this.nodes = []
    this.edges = []
    this.claimed = []
  }
}
