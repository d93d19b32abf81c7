/**
 * @module Collects the analysis output: one edge per (kind, from, to) whatever the number of ways it was
 * found (methods, evidence and caveats merged), one insight per (node, id); sorted (by kind, then graph
 * node order) for byte-stable output.
 */
import type { Derivation } from '../../../graph/graph-builder.js'
import type { EdgeInput, Evidence, Insight, JsonObject, JsonValue } from '../../../model/graph-types.js'
import type { EdgeKind, InsightId } from '../../../model/vocabulary.js'
import type { AccessLevel } from '../data/aws-action-levels.js'
import { higherLevel } from '../data/aws-action-levels.js'

export const MAX_ACTIONS = 50
export const MAX_EVIDENCE = 20
export const MAX_CAVEATS = 20

/** Contributions are kept as given and merged once at build time (most edges have exactly one). */
interface PendingEdge {
  readonly kind: EdgeKind
  readonly from: string
  readonly to: string
  readonly parts: EdgeContribution[]
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

const capped = (values: Iterable<string>, max: number): string[] => [...values].sort().slice(0, max)

/** Evidence without repeats: the same object, or the same source, detail and location. */
function uniqueEvidence(lists: readonly (readonly Evidence[] | undefined)[]): Evidence[] {
  const out: Evidence[] = []
  const seen = new Set<Evidence>()
  const keys = new Set<string>()
  for (const list of lists) {
    for (const e of list ?? []) {
      if (seen.has(e)) continue
      seen.add(e)
      const key = evidenceKey(e)
      if (keys.has(key)) continue
      keys.add(key)
      out.push(e)
      if (out.length === MAX_EVIDENCE) return out
    }
  }
  return out
}

function mergeEdge(e: PendingEdge): EdgeInput {
  let level: AccessLevel | undefined
  const actions = new Set<string>()
  const methods: string[] = []
  const caveats = new Set<string>()
  let via: string | undefined
  const extra: JsonObject = {}
  for (const c of e.parts) {
    if (c.level !== undefined) level = level === undefined ? c.level : higherLevel(level, c.level)
    for (const a of c.actions ?? []) actions.add(a)
    if (c.method !== undefined && !methods.includes(c.method)) methods.push(c.method)
    via ??= c.via
    for (const caveat of c.caveats ?? []) caveats.add(caveat)
    Object.assign(extra, c.extra ?? {})
  }
  const props: JsonObject = {}
  if (level !== undefined) props['level'] = level
  if (actions.size > 0) {
    props['actions'] = capped(actions, MAX_ACTIONS)
    if (actions.size > MAX_ACTIONS) props['actionsTruncated'] = true
  }
  if (methods.length > 0) {
    props['method'] = methods[0]!
    if (methods.length > 1) props['methods'] = [...methods].sort()
  }
  if (via !== undefined) props['via'] = via
  if (caveats.size > 0) props['caveats'] = capped(caveats, MAX_CAVEATS)
  for (const [k, v] of Object.entries(extra)) props[k] = v
  return { from: e.from, to: e.to, kind: e.kind, props, evidence: uniqueEvidence(e.parts.map((c) => c.evidence)) }
}

export class DerivationCollector {
  private readonly edges = new Map<string, PendingEdge>()
  /** Edges found exactly once (principal → resource), kept as given so equal payloads share objects. */
  private readonly direct: EdgeInput[] = []
  private directFrom: number[] = []
  private directTo: number[] = []
  private readonly insights = new Map<string, PendingInsight>()

  /** `rank` orders node ids (the graph's node index): sorting by it is stable and far cheaper than by ARN text. */
  constructor(private readonly rank: (id: string) => number) {}

  edge(kind: EdgeKind, from: string, to: string, c: EdgeContribution): void {
    if (from === to) return
    const key = `${kind}\u0000${from}\u0000${to}`
    const edge = this.edges.get(key)
    if (edge === undefined) this.edges.set(key, { kind, from, to, parts: [c] })
    else edge.parts.push(c)
  }

  /** An edge its producer guarantees unique; `props`/`evidence` may be shared with other edges. */
  sharedEdge(edge: EdgeInput, fromIndex: number, toIndex: number): void {
    this.direct.push(edge)
    this.directFrom.push(fromIndex)
    this.directTo.push(toIndex)
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

  /** Kind, then source, then target in graph node order; keys are numbers so a million edges sort fast. */
  private sorted(merged: readonly EdgeInput[]): EdgeInput[] {
    const all = [...merged, ...this.direct]
    const kinds = [...new Set(all.map((e) => e.kind))].sort()
    const kindRank = new Map(kinds.map((k, i) => [k, i]))
    const nodes = 2 ** 24
    const keys = new Float64Array(all.length)
    all.forEach((edge, i) => {
      const fromRank = i < merged.length ? this.rank(edge.from) : this.directFrom[i - merged.length]!
      const toRank = i < merged.length ? this.rank(edge.to) : this.directTo[i - merged.length]!
      keys[i] = (kindRank.get(edge.kind)! * nodes + fromRank) * nodes + toRank
    })
    const order = Uint32Array.from(all.keys())
    order.sort((a, b) => keys[a]! - keys[b]! || a - b)
    this.directFrom = []
    this.directTo = []
    return Array.from(order, (i) => all[i]!)
  }

  build(): Derivation {
    const merged: EdgeInput[] = [...this.edges.values()].map(mergeEdge)
    const edges = this.sorted(merged)
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
