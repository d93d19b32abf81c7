/**
 * @module Azure NSGs as layers. Inbound rules run in priority order (custom and default rules
 * alike), first match wins. Sources `*`, `Any`, `Internet`, `0.0.0.0/0` and `::/0` are every
 * address; CIDRs and addresses are themselves; other service tags (VirtualNetwork,
 * AzureLoadBalancer, AzureCloud…) and application security groups never hold internet clients.
 * A rule applies to a NIC when its destination is any address, VirtualNetwork, a prefix holding the
 * NIC's private address, or an application security group the NIC belongs to.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { FilterRule, Layer } from './filter-layers.js'
import { linked } from './graph-walk.js'
import { ANY_ADDRESS, covers, parseAddressText } from './ip-range.js'
import type { IpRange } from './ip-range.js'
import { parsePortSpec } from './port-range.js'
import type { PortRange } from './port-range.js'
import { num, objs, str, strs } from './props.js'
import { describePorts, filterRule, protocolsOf } from './rules.js'

const ANY_WORDS = new Set(['*', 'any', 'internet', '0.0.0.0/0', '::/0', '0.0.0.0/0,::/0'])

/** Internet sources of an NSG source prefix; `[]` for service tags other than Internet. */
export function azureSourceRanges(prefix: string): readonly IpRange[] {
  if (ANY_WORDS.has(prefix.trim().toLowerCase())) return ANY_ADDRESS
  const range = parseAddressText(prefix)
  return range === undefined ? [] : [range]
}

export interface NicTarget {
  /** Private addresses of the IP configuration (unknown: `[]`). */
  readonly addresses: readonly IpRange[]
  readonly asgs: ReadonlySet<string>
}

function destinationMatches(rule: Record<string, unknown>, target: NicTarget, action: 'allow' | 'deny'): boolean {
  const asgs = strs(rule, 'destinationApplicationSecurityGroupIds')
  if (asgs.length > 0) return asgs.some((asg) => target.asgs.has(asg.toLowerCase()))
  const prefixes = strs(rule, 'destinationAddressPrefixes')
  if (prefixes.length === 0) return true
  return prefixes.some((prefix) => {
    const word = prefix.trim().toLowerCase()
    if (word === '*' || word === 'any' || word === 'virtualnetwork' || word === '0.0.0.0/0') return true
    const range = parseAddressText(prefix)
    if (range === undefined) return false
    // Unknown private address: an allow is assumed to apply, a deny is not (never hide exposure).
    if (target.addresses.length === 0) return action === 'allow'
    return target.addresses.some((address) => covers(range, address))
  })
}

function rulePorts(rule: Record<string, unknown>): PortRange[] {
  const parsed = objs(rule, 'destinationPorts').flatMap((p) => {
    const from = num(p, 'from')
    const to = num(p, 'to')
    return from === undefined || to === undefined ? [] : [{ from, to }]
  })
  if (parsed.length > 0) return parsed
  const texts = strs(rule, 'destinationPortRanges')
  return texts.length === 0 ? [{ from: 0, to: 65535 }] : texts.flatMap((t) => parsePortSpec(t) ?? [])
}

interface NsgRule {
  readonly rule: FilterRule
  readonly raw: Record<string, unknown>
  readonly action: 'allow' | 'deny'
  readonly index: number
}

/** Inbound rules of an NSG in evaluation order, ready to be filtered per NIC. */
export class NsgRules {
  private readonly byNsg = new Map<number, NsgRule[]>()

  constructor(private readonly graph: GraphView) {}

  private rulesOf(nsg: number): NsgRule[] {
    const cached = this.byNsg.get(nsg)
    if (cached !== undefined) return cached
    const props = this.graph.nodeProps(nsg)
    const id = this.graph.nodeId(nsg)
    const name = this.graph.nodeName(nsg)
    const all = [
      ...objs(props, 'securityRules').map((r, i) => ({ r, location: `securityRules[${i}]` })),
      ...objs(props, 'defaultSecurityRules').map((r, i) => ({ r, location: `defaultSecurityRules[${i}]` })),
    ]
      .filter(({ r }) => (str(r, 'direction') ?? 'inbound').toLowerCase() === 'inbound')
      .sort((a, b) => (num(a.r, 'priority') ?? 65500) - (num(b.r, 'priority') ?? 65500))
    const rules = all.flatMap(({ r, location }, index): NsgRule[] => {
      const action = (str(r, 'access') ?? 'allow').toLowerCase() === 'deny' ? 'deny' : 'allow'
      const prefixes = strs(r, 'sourceAddressPrefixes')
      const labels = prefixes.length === 0 && strs(r, 'sourceApplicationSecurityGroupIds').length === 0 ? ['*'] : prefixes
      const sources = labels.flatMap((p) => azureSourceRanges(p))
      if (sources.length === 0) return []
      const protocols = protocolsOf(str(r, 'protocol') ?? '*')
      const ports = rulePorts(r)
      const priority = num(r, 'priority')
      const rule = filterRule(action, protocols, ports, sources, {
        source: id,
        detail: `NSG ${name} rule ${str(r, 'name') ?? location}${priority === undefined ? '' : ` (priority ${priority})`}: ${action} ${describePorts(protocols, ports)} from ${labels.join(', ')}`,
        location,
      }, labels)
      return [{ rule, raw: r, action, index }]
    })
    this.byNsg.set(nsg, rules)
    return rules
  }

  /** The NSG's layer for one NIC (or scale-set profile); the name records which rules apply. */
  layer(nsg: number, target: NicTarget): Layer {
    const rules = this.rulesOf(nsg).filter((r) => destinationMatches(r.raw, target, r.action))
    return { name: `nsg ${this.graph.nodeId(nsg)} rules=${rules.map((r) => r.index).join(',')}`, rules: rules.map((r) => r.rule) }
  }
}

/** NSGs protecting a node: its `protected-by` edges to NSGs and the ids in its props. */
export function nsgsOf(graph: GraphView, node: number, ...propKeys: string[]): number[] {
  const out = new Set(linked(graph, node, 'out', 'protected-by', 'azure.network.networksecuritygroup'))
  const props = graph.nodeProps(node)
  for (const key of propKeys) {
    for (const id of strs(props, key)) {
      const index = graph.indexOf(id)
      if (index !== undefined && graph.nodeKind(index) === 'azure.network.networksecuritygroup') out.add(index)
    }
  }
  return [...out].sort((a, b) => a - b)
}

