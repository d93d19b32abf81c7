/**
 * @module What the analysis derives, collected by node index and returned as one deterministic
 * Derivation: insights once per (node, id), edges merged per (from, to, kind) with every piece of evidence.
 */
import type { Derivation } from '../../graph/graph-builder.js'
import type { GraphView } from '../../graph/graph-view.js'
import type { EdgeInput, Evidence, Insight, JsonObject } from '../../model/graph-types.js'
import type { EdgeKind, InsightId } from '../../model/vocabulary.js'

const MAX_EVIDENCE = 20

interface EdgeEntry {
  readonly from: number
  readonly to: number
  readonly kind: EdgeKind
  props: JsonObject
  readonly evidence: Evidence[]
}

function addEvidence(list: Evidence[], incoming: readonly Evidence[]): void {
  for (const e of incoming) {
    if (list.length >= MAX_EVIDENCE) return
    if (!list.some((x) => x.source === e.source && x.detail === e.detail && x.location === e.location)) list.push(e)
  }
}

export class DerivedOutput {
  private readonly insights = new Map<string, { node: number; insight: Insight }>()
  private readonly edges = new Map<string, EdgeEntry>()

  constructor(private readonly graph: GraphView) {}

  /** First writer wins: callers aggregate before they emit. */
  insight(node: number, id: InsightId, params: JsonObject, evidence: readonly Evidence[]): void {
    const key = `${node}|${id}`
    if (!this.insights.has(key)) this.insights.set(key, { node, insight: { id, params, evidence: evidence.slice(0, MAX_EVIDENCE) } })
  }

  hasInsight(node: number, id: InsightId): boolean {
    return this.insights.has(`${node}|${id}`)
  }

  /** Same endpoints and kind: one edge, props of the first, evidence of all. */
  edge(from: number, to: number, kind: EdgeKind, props: JsonObject, evidence: readonly Evidence[]): void {
    if (from === to) return
    const key = `${from}|${to}|${kind}`
    const known = this.edges.get(key)
    if (known === undefined) this.edges.set(key, { from, to, kind, props, evidence: evidence.slice(0, MAX_EVIDENCE) })
    else addEvidence(known.evidence, evidence)
  }

  build(): Derivation {
    const g = this.graph
    const insights = [...this.insights.values()]
      .sort((a, b) => a.node - b.node || a.insight.id.localeCompare(b.insight.id))
      .map(({ node, insight }) => ({ node: g.nodeId(node), insight }))
    const edges: EdgeInput[] = [...this.edges.values()]
      .sort((a, b) => a.from - b.from || a.to - b.to || a.kind.localeCompare(b.kind))
      .map((e) => ({ from: g.nodeId(e.from), to: g.nodeId(e.to), kind: e.kind, props: e.props, evidence: e.evidence }))
    return { insights, edges }
  }
}
