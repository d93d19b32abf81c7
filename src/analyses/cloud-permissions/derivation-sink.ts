/**
 * @module Collects what an analysis derives and returns it as one Derivation: grants to the same
 * (identity, resource) pair merge into one `has-permission-to` edge (highest level, union of actions,
 * every granting statement as evidence), hops into one `can-assume` edge, insights once per node.
 */
import type { Derivation } from '../../graph/graph-builder.js'
import type { GraphView } from '../../graph/graph-view.js'
import type { EdgeInput, Evidence, Insight, JsonObject } from '../../model/graph-types.js'
import type { EdgeKind, InsightId } from '../../model/vocabulary.js'

export type Level = 'read' | 'write' | 'admin'

const RANK: Readonly<Record<Level, number>> = { read: 1, write: 2, admin: 3 }

export const maxLevel = (a: Level, b: Level): Level => (RANK[b] > RANK[a] ? b : a)
export const atLeast = (level: Level, floor: Level): boolean => RANK[level] >= RANK[floor]

export const MAX_ACTIONS = 50
const EMPTY: JsonObject = Object.freeze({})
const MAX_EVIDENCE = 20

export interface PermissionGrant {
  readonly from: number
  readonly to: number
  readonly level: Level
  readonly actions: readonly string[]
  /** The role, policy or binding that grants it. */
  readonly via: string
  /** Conditions the grant depends on: never dropped, never evaluated. */
  readonly caveats?: readonly string[]
  readonly evidence: Evidence
  /** Extra props, e.g. the notActions a role subtracts. */
  readonly extra?: JsonObject
}

export interface AssumeHop {
  readonly from: number
  readonly to: number
  readonly method: string
  readonly caveats?: readonly string[]
  readonly evidence: Evidence
}

interface PermissionEntry {
  from: number
  to: number
  level: Level
  /** The first grant's list as given; a set once a second grant adds to it. */
  actions: readonly string[] | Set<string>
  via: string
  /** Caveats of the grants at the current level; empty when one of them is unconditional. */
  caveats: Set<string> | undefined
  evidence: Evidence[]
  extra: JsonObject
}

interface AssumeEntry {
  from: number
  to: number
  methods: string[]
  caveats: Set<string> | undefined
  evidence: Evidence[]
}

function pushEvidence(list: Evidence[], evidence: Evidence): void {
  if (list.length >= MAX_EVIDENCE) return
  if (list.some((e) => e.source === evidence.source && e.detail === evidence.detail && e.location === evidence.location)) return
  list.push(evidence)
}

/** Caveats merge like conditions: one unconditional grant makes the pair unconditional. */
function mergeCaveats(current: Set<string> | undefined, incoming: readonly string[] | undefined): Set<string> | undefined {
  if (current === undefined || incoming === undefined || incoming.length === 0) return undefined
  for (const caveat of incoming) current.add(caveat)
  return current
}

export function actionsProps(actions: readonly string[] | Set<string>): JsonObject {
  const sorted = [...new Set(actions)].sort()
  return sorted.length > MAX_ACTIONS
    ? { actions: sorted.slice(0, MAX_ACTIONS), actionsTruncated: true }
    : { actions: sorted }
}

export class DerivationSink {
  private readonly permissions = new Map<number, PermissionEntry>()
  private readonly hops = new Map<number, AssumeEntry>()
  private readonly edges = new Map<string, { from: number; to: number; kind: EdgeKind; props: JsonObject; evidence: Evidence[] }>()
  private readonly insights = new Map<string, { node: number; insight: Insight; evidence: Evidence[] }>()

  constructor(readonly graph: GraphView) {}

  /** One number per ordered pair (below 2^53 for any graph that fits in memory). */
  private pair(from: number, to: number): number {
    return from * this.graph.nodeCount + to
  }

  permission(grant: PermissionGrant): void {
    if (grant.from === grant.to) return
    const key = this.pair(grant.from, grant.to)
    const entry = this.permissions.get(key)
    if (entry === undefined) {
      this.permissions.set(key, {
        from: grant.from,
        to: grant.to,
        level: grant.level,
        actions: grant.actions,
        via: grant.via,
        caveats: grant.caveats !== undefined && grant.caveats.length > 0 ? new Set(grant.caveats) : undefined,
        evidence: [grant.evidence],
        extra: grant.extra === undefined ? EMPTY : { ...grant.extra },
      })
      return
    }
    if (entry.actions !== grant.actions) {
      const actions = entry.actions instanceof Set ? entry.actions : new Set(entry.actions)
      for (const action of grant.actions) actions.add(action)
      entry.actions = actions
    }
    pushEvidence(entry.evidence, grant.evidence)
    if (RANK[grant.level] > RANK[entry.level]) {
      entry.level = grant.level
      entry.via = grant.via
      entry.caveats = grant.caveats !== undefined && grant.caveats.length > 0 ? new Set(grant.caveats) : undefined
    } else if (grant.level === entry.level) {
      entry.caveats = mergeCaveats(entry.caveats, grant.caveats)
    }
    if (grant.extra !== undefined) {
      if (entry.extra === EMPTY) entry.extra = {}
      for (const [key2, value] of Object.entries(grant.extra)) if (!(key2 in entry.extra)) entry.extra[key2] = value
    }
  }

  assume(hop: AssumeHop): void {
    if (hop.from === hop.to) return
    const key = this.pair(hop.from, hop.to)
    const entry = this.hops.get(key)
    if (entry === undefined) {
      this.hops.set(key, {
        from: hop.from,
        to: hop.to,
        methods: [hop.method],
        caveats: hop.caveats !== undefined && hop.caveats.length > 0 ? new Set(hop.caveats) : undefined,
        evidence: [hop.evidence],
      })
      return
    }
    if (!entry.methods.includes(hop.method)) entry.methods.push(hop.method)
    entry.caveats = mergeCaveats(entry.caveats, hop.caveats)
    pushEvidence(entry.evidence, hop.evidence)
  }

  /** Any other derived edge (member-of, protected-by, routes-traffic-to, can-authenticate-as). */
  edge(from: number, to: number, kind: EdgeKind, props: JsonObject, evidence: Evidence): void {
    if (from === to) return
    const key = `${from}:${to}:${kind}`
    const entry = this.edges.get(key)
    if (entry === undefined) this.edges.set(key, { from, to, kind, props, evidence: [evidence] })
    else pushEvidence(entry.evidence, evidence)
  }

  /** One insight per (node, id, params.scope): the first params win, evidence accumulates. */
  insight(node: number, id: InsightId, params: JsonObject, evidence: Evidence): void {
    const scope = params['scope']
    const key = `${node}:${id}:${typeof scope === 'string' ? scope : ''}`
    const entry = this.insights.get(key)
    if (entry === undefined) this.insights.set(key, { node, insight: { id, params, evidence: [] }, evidence: [evidence] })
    else pushEvidence(entry.evidence, evidence)
  }

  build(): Derivation {
    const g = this.graph
    const edges: EdgeInput[] = []
    const byPair = <T extends { from: number; to: number }>(a: T, b: T): number => a.from - b.from || a.to - b.to
    for (const p of [...this.permissions.values()].sort(byPair)) {
      const props: JsonObject = {
        level: p.level,
        ...actionsProps(p.actions),
        via: p.via,
        ...(p.caveats === undefined ? {} : { caveats: [...p.caveats].sort() }),
        ...p.extra,
      }
      edges.push({ from: g.nodeId(p.from), to: g.nodeId(p.to), kind: 'has-permission-to', props, evidence: p.evidence })
    }
    for (const h of [...this.hops.values()].sort(byPair)) {
      const props: JsonObject = {
        method: h.methods[0]!,
        ...(h.methods.length > 1 ? { methods: [...h.methods].sort() } : {}),
        ...(h.caveats === undefined ? {} : { caveats: [...h.caveats].sort() }),
      }
      edges.push({ from: g.nodeId(h.from), to: g.nodeId(h.to), kind: 'can-assume', props, evidence: h.evidence })
    }
    const others = [...this.edges.values()].sort((a, b) => a.from - b.from || a.to - b.to || a.kind.localeCompare(b.kind))
    for (const e of others) edges.push({ from: g.nodeId(e.from), to: g.nodeId(e.to), kind: e.kind, props: e.props, evidence: e.evidence })
    const insights = [...this.insights.values()]
      .sort((a, b) => a.node - b.node || a.insight.id.localeCompare(b.insight.id))
      .map((entry) => ({ node: g.nodeId(entry.node), insight: { ...entry.insight, evidence: entry.evidence } }))
    return { edges, insights }
  }
}
