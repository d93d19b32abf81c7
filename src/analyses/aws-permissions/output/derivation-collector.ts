/**
 * @module Collects the analysis output: one edge per (kind, from, to) whatever the number of ways it was
 * found (methods, evidence and caveats merged), one insight per (node, id); sorted for byte-stable output.
 */
import type { Derivation } from '../../../graph/graph-builder.js'
import type { EdgeInput, Evidence, Insight, JsonObject, JsonValue } from '../../../model/graph-types.js'
import type { EdgeKind, InsightId } from '../../../model/vocabulary.js'
import type { AccessLevel } from '../data/aws-action-levels.js'
import { higherLevel } from '../data/aws-action-levels.js'

export const MAX_ACTIONS = 50
export const MAX_EVIDENCE = 20
export const MAX_CAVEATS = 20

interface PendingEdge {
  readonly kind: EdgeKind
  readonly from: string
  readonly to: string
  level?: AccessLevel
  readonly actions: Set<string>
  readonly methods: string[]
  via?: string
  readonly caveats: Set<string>
  readonly evidence: Map<string, Evidence>
  readonly extra: JsonObject
}

interface PendingInsight {
  readonly node: string
  readonly id: InsightId
  readonly params: JsonObject
  readonly methods: string[]
  readonly caveats: Set<string>
  readonly evidence: Map<string, Evidence>
}

export interface EdgeContribution {
  readonly level?: AccessLevel
  readonly actions?: readonly string[]
  readonly method?: string
  readonly via?: string
  readonly caveats?: readonly string[]
  readonly evidence?: readonly Evidence[]
  readonly extra?: JsonObject
}

const evidenceKey = (e: Evidence): string => `${e.source}\u0000${e.detail ?? ''}\u0000${e.location ?? ''}`

const compareEdges = (a: EdgeInput, b: EdgeInput): number =>
  a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0

const capped = (values: Iterable<string>, max: number): string[] => [...values].sort().slice(0, max)

export class DerivationCollector {
  private readonly edges = new Map<string, PendingEdge>()
  /** Edges found exactly once (principal → resource), kept as given so equal payloads share objects. */
  private readonly direct: EdgeInput[] = []
  private readonly insights = new Map<string, PendingInsight>()

  edge(kind: EdgeKind, from: string, to: string, c: EdgeContribution): void {
    if (from === to) return
    const key = `${kind}\u0000${from}\u0000${to}`
    let edge = this.edges.get(key)
    if (edge === undefined) {
      edge = { kind, from, to, actions: new Set(), methods: [], caveats: new Set(), evidence: new Map(), extra: {} }
      this.edges.set(key, edge)
    }
    if (c.level !== undefined) edge.level = edge.level === undefined ? c.level : higherLevel(edge.level, c.level)
    for (const a of c.actions ?? []) edge.actions.add(a)
    if (c.method !== undefined && !edge.methods.includes(c.method)) edge.methods.push(c.method)
    edge.via ??= c.via
    for (const caveat of c.caveats ?? []) edge.caveats.add(caveat)
    for (const e of c.evidence ?? []) edge.evidence.set(evidenceKey(e), e)
    Object.assign(edge.extra, c.extra ?? {})
  }

  /** An edge its producer guarantees unique; `props`/`evidence` may be shared with other edges. */
  sharedEdge(edge: EdgeInput): void {
    this.direct.push(edge)
  }

  get edgeCount(): number {
    return this.edges.size + this.direct.length
  }

  has(kind: EdgeKind, from: string, to: string): boolean {
    return this.edges.has(`${kind}\u0000${from}\u0000${to}`)
  }

  insight(node: string, id: InsightId, params: JsonObject, c: { method?: string; caveats?: readonly string[]; evidence?: readonly Evidence[] }): void {
    const key = `${id}\u0000${node}`
    let insight = this.insights.get(key)
    if (insight === undefined) {
      insight = { node, id, params: { ...params }, methods: [], caveats: new Set(), evidence: new Map() }
      this.insights.set(key, insight)
    }
    if (c.method !== undefined && !insight.methods.includes(c.method)) insight.methods.push(c.method)
    for (const caveat of c.caveats ?? []) insight.caveats.add(caveat)
    for (const e of c.evidence ?? []) insight.evidence.set(evidenceKey(e), e)
  }

  build(): Derivation {
    const merged: EdgeInput[] = [...this.edges.values()].map((e) => {
        const props: JsonObject = {}
        if (e.level !== undefined) props['level'] = e.level
        if (e.actions.size > 0) {
          props['actions'] = capped(e.actions, MAX_ACTIONS)
          if (e.actions.size > MAX_ACTIONS) props['actionsTruncated'] = true
        }
        if (e.methods.length > 0) {
          props['method'] = e.methods[0]!
          if (e.methods.length > 1) props['methods'] = [...e.methods].sort()
        }
        if (e.via !== undefined) props['via'] = e.via
        if (e.caveats.size > 0) props['caveats'] = capped(e.caveats, MAX_CAVEATS)
        for (const [k, v] of Object.entries(e.extra)) props[k] = v
        const evidence = [...e.evidence.values()].slice(0, MAX_EVIDENCE)
        return { from: e.from, to: e.to, kind: e.kind, props, evidence }
      })
    const edges = [...merged, ...this.direct].sort(compareEdges)
    const insights = [...this.insights.values()]
      .sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((i) => {
        const params: { [key: string]: JsonValue } = { ...i.params }
        if (i.methods.length > 0) params['methods'] = [...i.methods].sort()
        if (i.caveats.size > 0) params['caveats'] = capped(i.caveats, MAX_CAVEATS)
        const insight: Insight = { id: i.id, params, evidence: [...i.evidence.values()].slice(0, MAX_EVIDENCE) }
        return { node: i.node, insight }
      })
    return { edges, insights }
  }
}
