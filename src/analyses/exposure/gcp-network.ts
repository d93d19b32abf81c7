/**
 * @module GCP VPC firewall rules as a layer per instance: INGRESS rules of the instance's network
 * that target it (by network tag, by service account, or every instance when they name no target),
 * disabled rules ignored, lowest priority number first and deny before allow at equal priority,
 * then the implied deny. A rule without any source admits 0.0.0.0/0 (the API default); source
 * tags and service accounts name VMs, never internet clients. Routes: when the inventory holds the
 * network's routes, only destinations routed to the default internet gateway can answer.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { FilterRule, Layer } from './filter-layers.js'
import { nodesOfKinds } from './graph-walk.js'
import { ANY_V4, parseCidr } from './ip-range.js'
import type { IpRange } from './ip-range.js'
import { parsePortSpec } from './port-range.js'
import type { PortRange } from './port-range.js'
import { num, obj, objs, str, strs } from './props.js'
import { describePorts, filterRule, passRule, protocolsOf } from './rules.js'

/** Self-links, relative and full names of compute resources → the full name (`//compute.googleapis.com/…`). */
export function computeRef(ref: string | undefined): string | undefined {
  if (ref === undefined || ref === '') return undefined
  const link = /^https?:\/\/(?:www|compute)\.googleapis\.com\/compute\/(?:v1|beta|alpha)\/(.+)$/.exec(ref)
  if (link?.[1] !== undefined) return `//compute.googleapis.com/${link[1]}`
  if (ref.startsWith('//')) return ref
  return ref.startsWith('projects/') ? `//compute.googleapis.com/${ref}` : undefined
}

export const projectOf = (name: string): string | undefined => /\/projects\/([^/]+)/.exec(name)?.[1]

interface FirewallEntry {
  readonly priority: number
  readonly deny: boolean
  readonly targetTags: readonly string[]
  readonly targetServiceAccounts: readonly string[]
  readonly rules: readonly FilterRule[]
  readonly index: number
}

function portsOf(entry: Record<string, unknown>): PortRange[] {
  const ranges = objs(entry, 'portRanges').flatMap((r) => {
    const from = num(r, 'from')
    const to = num(r, 'to')
    return from === undefined || to === undefined ? [] : [{ from, to }]
  })
  if (ranges.length > 0) return ranges
  const ports = strs(entry, 'ports')
  return ports.length === 0 ? [{ from: 0, to: 65535 }] : ports.flatMap((p) => parsePortSpec(p) ?? [])
}

export interface InstanceTarget {
  readonly network?: string
  readonly project?: string
  readonly tags: readonly string[]
  readonly serviceAccounts: readonly string[]
}

export class GcpNetwork {
  private readonly byNetwork = new Map<string, FirewallEntry[]>()
  private readonly routesByNetwork = new Map<string, { dest: IpRange; tags: string[]; id: string; text: string }[]>()

  constructor(graph: GraphView) {
    let index = 0
    for (const fw of nodesOfKinds(graph, 'gcp.compute.firewall')) {
      const p = graph.nodeProps(fw)
      if (p['disabled'] === true || (str(p, 'direction') ?? 'ingress').toLowerCase() !== 'ingress') continue
      const network = computeRef(str(p, 'network'))
      if (network === undefined) continue
      const id = graph.nodeId(fw)
      const name = graph.nodeName(fw)
      const priority = num(p, 'priority') ?? 1000
      const ranges = strs(p, 'sourceRanges')
      const hasOtherSources = strs(p, 'sourceTags').length > 0 || strs(p, 'sourceServiceAccounts').length > 0
      const labels = ranges.length > 0 ? ranges : hasOtherSources ? [] : ['0.0.0.0/0 (no source given)']
      const sources = ranges.length > 0 ? ranges.flatMap((r) => parseCidr(r) ?? []) : hasOtherSources ? [] : [ANY_V4]
      const deny = objs(p, 'denied').length > 0 || str(p, 'action') === 'deny'
      const targets = [...strs(p, 'targetTags').map((t) => `tag ${t}`), ...strs(p, 'targetServiceAccounts').map((s) => `service account ${s}`)]
      const rules = objs(p, deny ? 'denied' : 'allowed').flatMap((entry) => {
        const protocols = protocolsOf(str(entry, 'protocol', 'IPProtocol', 'ipProtocol') ?? 'all')
        const ports = portsOf(entry)
        if (sources.length === 0) return []
        return [
          filterRule(deny ? 'deny' : 'allow', protocols, ports, sources, {
            source: id,
            detail: `firewall ${name} (priority ${priority}): ${deny ? 'deny' : 'allow'} ${describePorts(protocols, ports)} from ${labels.join(', ')} to ${targets.length === 0 ? 'all instances' : targets.join(', ')}`,
          }, labels),
        ]
      })
      const list = this.byNetwork.get(network) ?? []
      list.push({ priority, deny, targetTags: strs(p, 'targetTags'), targetServiceAccounts: strs(p, 'targetServiceAccounts').map((s) => s.toLowerCase()), rules, index: index++ })
      this.byNetwork.set(network, list)
    }
    for (const list of this.byNetwork.values()) list.sort((a, b) => a.priority - b.priority || Number(b.deny) - Number(a.deny) || a.index - b.index)
    for (const route of nodesOfKinds(graph, 'gcp.compute.route')) {
      const p = graph.nodeProps(route)
      const config = obj(p, 'config') ?? p
      const network = computeRef(str(config, 'network') ?? str(p, 'network'))
      if (network === undefined) continue
      const list = this.routesByNetwork.get(network) ?? []
      const gateway = str(config, 'nextHopGateway') ?? ''
      const dest = parseCidr(str(config, 'destRange') ?? '')
      if (gateway.includes('default-internet-gateway') && dest !== undefined) {
        list.push({ dest, tags: strs(config, 'tags'), id: graph.nodeId(route), text: str(config, 'destRange')! })
      }
      this.routesByNetwork.set(network, list)
    }
  }

  /** Networks to read rules from: the instance's, else every network of its project. */
  private networksFor(target: InstanceTarget): string[] {
    if (target.network !== undefined) return [target.network]
    return [...this.byNetwork.keys()].filter((n) => target.project !== undefined && projectOf(n) === target.project).sort()
  }

  firewallLayer(target: InstanceTarget): Layer {
    const tags = new Set(target.tags)
    const accounts = new Set(target.serviceAccounts.map((s) => s.toLowerCase()))
    const entries = this.networksFor(target)
      .flatMap((n) => this.byNetwork.get(n) ?? [])
      .filter((e) => {
        if (e.targetTags.length === 0 && e.targetServiceAccounts.length === 0) return true
        return e.targetTags.some((t) => tags.has(t)) || e.targetServiceAccounts.some((s) => accounts.has(s))
      })
      .sort((a, b) => a.priority - b.priority || Number(b.deny) - Number(a.deny) || a.index - b.index)
    return { name: `gcp firewall ${this.networksFor(target).join(',')} rules=${entries.map((e) => e.index).join(',')}`, rules: entries.flatMap((e) => e.rules) }
  }

  /** Route back to the internet; `undefined` when the network's routes are known and none reaches it. */
  routeLayer(target: InstanceTarget): Layer | undefined | 'unknown' {
    const network = target.network
    const routes = network === undefined ? undefined : this.routesByNetwork.get(network)
    if (routes === undefined) return 'unknown'
    const tags = new Set(target.tags)
    const usable = routes.filter((r) => r.tags.length === 0 || r.tags.some((t) => tags.has(t)))
    if (usable.length === 0) return undefined
    return {
      name: `gcp routes ${network} ${usable.map((r) => r.id).join(',')}`,
      rules: usable.map((r) => passRule([r.dest], { source: r.id, detail: `route ${r.text} → default internet gateway` })),
    }
  }
}
