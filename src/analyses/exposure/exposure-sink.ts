/**
 * @module Collects the routes found by the per-provider walks and turns them into the derivation:
 * one `exposed-to-internet` insight per exposed node (ports, protocol, width, via and the routes),
 * `routes-traffic-to` edges from the internet to each entry node and along each route, and
 * `allows-public-access` insights. Output is sorted, so the same graph gives the same derivation.
 *
 * `exposed-to-internet` params: `ports` (as the internet sees them), `protocol` (`tcp`/`udp`/`*`),
 * `width` (`wide` when any route is), `via` (route node ids, widest route first), `entry` (how it is
 * reached: `public-ip`, `load-balancer`, `managed-endpoint`, `kubernetes-service`…), `sources` (as
 * the allowing rules write them), `targetPorts` (ports the node itself receives behind a load
 * balancer or NAT), `caveats`, and `routes` (each route's kind, entry node, ports, width and via).
 */
import type { Derivation } from '../../graph/graph-builder.js'
import type { EdgeInput, Evidence, Insight, JsonObject } from '../../model/graph-types.js'
import { INTERNET_NODE_ID } from '../../model/graph-types.js'
import type { FilterRule, Grant, Proto } from './filter-layers.js'
import { mergeRanges } from './ip-range.js'
import { widthOf } from './internet-space.js'
import { formatPorts, mergePorts } from './port-range.js'
import type { PortRange } from './port-range.js'

export interface RouteLink {
  readonly from: string
  readonly to: string
  readonly ports: readonly PortRange[]
  readonly protocols: readonly Proto[]
  readonly evidence?: readonly Evidence[]
}

export interface ExposureRoute {
  /** The exposed node. */
  readonly node: string
  /** What the internet connects to first: the node itself, or a load balancer, gateway, service. */
  readonly entry: string
  /** How the node is reached: `public-ip`, `load-balancer`, `managed-endpoint`, `kubernetes-service`… */
  readonly kind: string
  /** Internet-facing traffic that passes every filter, as seen from the internet. */
  readonly grants: readonly Grant[]
  /** Route nodes before the filters (public IP, gateway, route table, listener, target group…). */
  readonly via?: readonly string[]
  readonly evidence?: readonly Evidence[]
  /** Ports the node itself receives when a load balancer or NAT translates them. */
  readonly targetPorts?: readonly PortRange[]
  /** Traffic edges inside the route (load balancer → target, service → pod). */
  readonly links?: readonly RouteLink[]
  /** Facts that temper the finding: authentication required, data missing from the inventory. */
  readonly caveats?: readonly string[]
}

const MAX_ROUTES = 10
const MAX_EVIDENCE = 25
const MAX_SOURCES = 20

/** Code-unit order: deterministic and far cheaper than `localeCompare` on long ids. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const protocolOf = (protocols: ReadonlySet<Proto>): string =>
  protocols.size === 1 ? [...protocols][0]! : protocols.size === 0 ? 'tcp' : '*'

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)]
}

function evidenceKey(e: Evidence): string {
  return `${e.source}\u0000${e.detail ?? ''}\u0000${e.location ?? ''}`
}

function uniqueEvidence(list: readonly Evidence[]): Evidence[] {
  // Rule evidence objects are shared by every route through the rule: most duplicates are the same object.
  const distinct = [...new Set(list)]
  if (distinct.length < 2) return distinct
  const seen = new Map<string, Evidence>()
  for (const e of distinct) {
    const key = evidenceKey(e)
    if (!seen.has(key)) seen.set(key, e)
  }
  return [...seen.values()]
}

interface GrantFacts {
  readonly ports: PortRange[]
  readonly protocols: ReadonlySet<Proto>
  readonly width: 'wide' | 'narrow'
  readonly rules: readonly FilterRule[]
  readonly sources: string[]
}

/** Facts of a grant list; routes share grant lists (the evaluation cache), so they are computed once per list. */
const factsCache = new WeakMap<readonly Grant[], GrantFacts>()
function factsOf(grants: readonly Grant[]): GrantFacts {
  const cached = factsCache.get(grants)
  if (cached !== undefined) return cached
  const rules = unique(grants.flatMap((g) => g.rules)).filter((r) => r.silent !== true)
  const facts: GrantFacts = {
    ports: mergePorts(grants.map((g) => g.ports)),
    protocols: new Set(grants.map((g) => g.protocol)),
    width: widthOf(mergeRanges(grants.map((g) => g.source))),
    rules,
    sources: unique(rules.flatMap((r) => r.sourceLabels)),
  }
  factsCache.set(grants, facts)
  return facts
}

/** Route facts derived from its grants. */
function summarize(route: ExposureRoute): {
  ports: PortRange[]
  protocols: ReadonlySet<Proto>
  width: 'wide' | 'narrow'
  via: string[]
  evidence: Evidence[]
  sources: string[]
} {
  const facts = factsOf(route.grants)
  const via = unique([...(route.via ?? []), ...facts.rules.map((r) => r.evidence.source), ...(route.entry === route.node ? [] : [route.entry])]).filter(
    (id) => id !== route.node,
  )
  return {
    ports: facts.ports,
    protocols: facts.protocols,
    width: facts.width,
    via,
    evidence: [...(route.evidence ?? []), ...facts.rules.map((r) => r.evidence)],
    sources: facts.sources,
  }
}

export class ExposureSink {
  private readonly routes = new Map<string, ExposureRoute[]>()
  private readonly publicAccess = new Map<string, Insight>()

  /** Adds a route when at least one grant survived the filters; returns whether it did. */
  addRoute(route: ExposureRoute): boolean {
    if (route.grants.length === 0) return false
    const list = this.routes.get(route.node)
    if (list === undefined) this.routes.set(route.node, [route])
    else list.push(route)
    return true
  }

  routesOf(node: string): readonly ExposureRoute[] {
    return this.routes.get(node) ?? []
  }

  isExposed(node: string): boolean {
    return this.routes.has(node)
  }

  addPublicAccess(node: string, params: JsonObject, evidence: readonly Evidence[]): void {
    if (!this.publicAccess.has(node)) this.publicAccess.set(node, { id: 'allows-public-access', params, evidence: uniqueEvidence(evidence) })
  }

  /** `withInternetEdges` false when the graph has no internet node to start edges from. */
  derivation(withInternetEdges = true): Derivation {
    const insights: { node: string; insight: Insight }[] = []
    const edges = new Map<string, { from: string; to: string; ports: PortRange[]; protocols: Set<Proto>; evidence: Evidence[] }>()
    const addEdge = (from: string, to: string, ports: readonly PortRange[], protocols: Iterable<Proto>, evidence: readonly Evidence[]): void => {
      if (from === to) return
      const key = `${from}\u0000${to}`
      const entry = edges.get(key)
      if (entry === undefined) edges.set(key, { from, to, ports: [...ports], protocols: new Set(protocols), evidence: [...evidence] })
      else {
        entry.ports.push(...ports)
        for (const p of protocols) entry.protocols.add(p)
        entry.evidence.push(...evidence)
      }
    }

    for (const node of [...this.routes.keys()].sort()) {
      const summaries = this.routes.get(node)!.map((route) => ({ route, ...summarize(route) }))
      // Wide routes first, then by entry, so `via` starts with the most exposing route.
      summaries.sort((a, b) => (a.width === b.width ? 0 : a.width === 'wide' ? -1 : 1) || byText(a.route.entry, b.route.entry))
      const protocols = new Set(summaries.flatMap((s) => [...s.protocols]))
      const targetPorts = mergePorts(summaries.flatMap((s) => [...(s.route.targetPorts ?? [])]))
      const caveats = unique(summaries.flatMap((s) => [...(s.route.caveats ?? [])]))
      const params: JsonObject = {
        ports: formatPorts(summaries.flatMap((s) => s.ports)),
        protocol: protocolOf(protocols),
        width: summaries.some((s) => s.width === 'wide') ? 'wide' : 'narrow',
        via: unique(summaries.flatMap((s) => s.via)),
        entry: unique(summaries.map((s) => s.route.kind)).sort(),
        sources: unique(summaries.flatMap((s) => s.sources)).slice(0, MAX_SOURCES),
        ...(targetPorts.length > 0 ? { targetPorts: formatPorts(targetPorts) } : {}),
        ...(caveats.length > 0 ? { caveats } : {}),
        routes: summaries.slice(0, MAX_ROUTES).map((s) => ({
          kind: s.route.kind,
          entry: s.route.entry,
          ports: formatPorts(s.ports),
          protocol: protocolOf(s.protocols),
          width: s.width,
          via: s.via,
          ...(s.route.targetPorts === undefined ? {} : { targetPorts: formatPorts(s.route.targetPorts) }),
        })),
      }
      if (summaries.length > MAX_ROUTES) params['routesTruncated'] = true
      const evidence = uniqueEvidence(summaries.flatMap((s) => s.evidence)).slice(0, MAX_EVIDENCE)
      insights.push({ node, insight: { id: 'exposed-to-internet', params, evidence } })
      for (const s of summaries) {
        if (withInternetEdges) addEdge(INTERNET_NODE_ID, s.route.entry, s.ports, s.protocols, s.evidence)
        for (const link of s.route.links ?? []) addEdge(link.from, link.to, link.ports, link.protocols, link.evidence ?? [])
      }
    }
    for (const node of [...this.publicAccess.keys()].sort()) insights.push({ node, insight: this.publicAccess.get(node)! })

    const edgeList: EdgeInput[] = [...edges.values()]
      .sort((a, b) => byText(a.from, b.from) || byText(a.to, b.to))
      .map((e) => ({
        from: e.from,
        to: e.to,
        kind: 'routes-traffic-to',
        props: { ports: formatPorts(e.ports), protocol: protocolOf(e.protocols), derivedBy: 'internet-exposure' },
        evidence: uniqueEvidence(e.evidence).slice(0, MAX_EVIDENCE),
      }))
    return { edges: edgeList, insights }
  }
}
