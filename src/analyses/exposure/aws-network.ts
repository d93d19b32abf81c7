/**
 * @module AWS VPC filters as layers: the subnet's route table (only sources routed back through an
 * internet gateway can talk to a public address; NAT gateways and egress-only gateways are egress
 * only), its network ACL (ordered by rule number, allow/deny) and security groups (union of allows).
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { FilterRule, Layer, Proto } from './filter-layers.js'
import { linked, nodesOfKinds } from './graph-walk.js'
import { ANY_ADDRESS, parseCidr } from './ip-range.js'
import type { IpRange } from './ip-range.js'
import { portRangeOf } from './port-range.js'
import { num, objs, str, strs } from './props.js'
import { describePorts, filterRule, passRule, protocolsOf } from './rules.js'

export interface RouteCheck {
  /** Sources that the subnet routes back to an internet gateway, as a layer. */
  readonly layer: Layer
  readonly via: readonly string[]
  readonly caveats: readonly string[]
}

const IGW_KIND = 'aws.ec2.internet-gateway'

export class AwsNetwork {
  private readonly routeTableBySubnet = new Map<string, number>()
  private readonly mainRouteTableByVpc = new Map<string, number>()
  private readonly vpcsWithRouteTables = new Set<string>()
  private readonly naclBySubnet = new Map<string, number>()
  private readonly defaultNaclByVpc = new Map<string, number>()
  private readonly sgLayers = new Map<string, Layer>()
  private readonly sgRules = new Map<number, FilterRule[]>()
  private readonly naclLayers = new Map<number, Layer>()

  constructor(private readonly graph: GraphView) {
    for (const rt of nodesOfKinds(graph, 'aws.ec2.route-table')) {
      const props = graph.nodeProps(rt)
      const vpc = str(props, 'vpcId')
      if (vpc !== undefined) this.vpcsWithRouteTables.add(vpc)
      if (props['main'] === true && vpc !== undefined) this.mainRouteTableByVpc.set(vpc, rt)
      const subnets = [...strs(props, 'subnetIds'), ...linked(graph, rt, 'out', 'attached-to', 'aws.ec2.subnet').map((s) => graph.nodeId(s))]
      for (const subnet of subnets) this.routeTableBySubnet.set(subnet, rt)
    }
    for (const acl of nodesOfKinds(graph, 'aws.ec2.network-acl')) {
      const props = graph.nodeProps(acl)
      const vpc = str(props, 'vpcId')
      if (props['isDefault'] === true && vpc !== undefined) this.defaultNaclByVpc.set(vpc, acl)
      const subnets = [...strs(props, 'subnetIds'), ...linked(graph, acl, 'in', 'protected-by', 'aws.ec2.subnet').map((s) => graph.nodeId(s))]
      for (const subnet of subnets) this.naclBySubnet.set(subnet, acl)
    }
  }

  vpcOfSubnet(subnet: string | undefined): string | undefined {
    const index = subnet === undefined ? undefined : this.graph.indexOf(subnet)
    return index === undefined ? undefined : str(this.graph.nodeProps(index), 'vpcId')
  }

  /**
   * The route back to the internet from `subnet` for the address families the entry point has.
   * `undefined` when the route table is known and has no internet-gateway route for them.
   */
  internetRoute(subnet: string | undefined, vpcHint: string | undefined, v4: boolean, v6: boolean): RouteCheck | undefined {
    const vpc = this.vpcOfSubnet(subnet) ?? vpcHint
    const rt = (subnet === undefined ? undefined : this.routeTableBySubnet.get(subnet)) ?? (vpc === undefined ? undefined : this.mainRouteTableByVpc.get(vpc))
    const families = ANY_ADDRESS.filter((r) => (r.v6 ? v6 : v4))
    if (rt === undefined) {
      // Without any route table of the VPC in the inventory the route cannot be checked: assume it.
      if (vpc !== undefined && this.vpcsWithRouteTables.has(vpc)) return undefined
      return {
        layer: {
          name: `route unknown ${subnet ?? vpc ?? '-'} v4=${v4} v6=${v6}`,
          rules: [passRule(families, { source: subnet ?? vpc ?? 'route', detail: 'route table not in the inventory: internet route assumed' })],
        },
        via: [],
        caveats: ['route table not in the inventory: internet route assumed'],
      }
    }
    const rtId = this.graph.nodeId(rt)
    const gateways = new Set<string>()
    const rules = objs(this.graph.nodeProps(rt), 'routes').flatMap((route, i) => {
      if (str(route, 'targetType') !== 'internet-gateway' || str(route, 'state') === 'blackhole') return []
      const destination = str(route, 'destination')
      const range = destination === undefined ? undefined : parseCidr(destination)
      if (range === undefined || (range.v6 ? !v6 : !v4)) return []
      const target = str(route, 'target')
      if (target !== undefined) gateways.add(target)
      return [passRule([range], { source: rtId, detail: `route ${destination} → ${target?.split('/').pop() ?? 'internet gateway'}`, location: `routes[${i}]` })]
    })
    if (rules.length === 0) return undefined
    const via = [...gateways].filter((g) => {
      const index = this.graph.indexOf(g)
      return index !== undefined && this.graph.nodeKind(index) === IGW_KIND
    })
    return { layer: { name: `route table ${rtId} v4=${v4} v6=${v6}`, rules }, via: [...via, rtId], caveats: [] }
  }

  /** The subnet's network ACL (explicit association, else the VPC default); none known = no layer. */
  naclLayer(subnet: string | undefined, vpcHint: string | undefined): Layer | undefined {
    const vpc = this.vpcOfSubnet(subnet) ?? vpcHint
    const acl = (subnet === undefined ? undefined : this.naclBySubnet.get(subnet)) ?? (vpc === undefined ? undefined : this.defaultNaclByVpc.get(vpc))
    if (acl === undefined) return undefined
    const cached = this.naclLayers.get(acl)
    if (cached !== undefined) return cached
    const id = this.graph.nodeId(acl)
    const entries = objs(this.graph.nodeProps(acl), 'entries')
      .map((entry, i) => ({ entry, i }))
      .filter(({ entry }) => str(entry, 'direction') !== 'egress')
      .sort((a, b) => (num(a.entry, 'ruleNumber') ?? 32767) - (num(b.entry, 'ruleNumber') ?? 32767))
    const rules = entries.flatMap(({ entry, i }) => {
      const cidr = str(entry, 'cidr')
      const range = cidr === undefined ? undefined : parseCidr(cidr)
      if (range === undefined) return []
      const protocols = protocolsOf(str(entry, 'protocol'))
      const ports = [portRangeOf(num(entry, 'fromPort'), num(entry, 'toPort'))]
      const action = str(entry, 'action') === 'allow' ? 'allow' : 'deny'
      const ruleNumber = num(entry, 'ruleNumber') ?? 32767
      return [
        filterRule(action, protocols, ports, [range], {
          source: id,
          detail: `network ACL ${this.graph.nodeName(acl)} rule ${ruleNumber === 32767 ? '*' : ruleNumber}: ${action} ${describePorts(protocols, ports)} from ${cidr}`,
          location: `entries[${i}]`,
        }, [cidr!]),
      ]
    })
    const layer = { name: `network ACL ${id}`, rules }
    this.naclLayers.set(acl, layer)
    return layer
  }

  /** The union of the groups' ingress rules that name CIDRs (group references are never the internet). */
  securityGroupLayer(groups: readonly number[]): Layer {
    const key = groups.join(',')
    const cached = this.sgLayers.get(key)
    if (cached !== undefined) return cached
    const rules = groups.flatMap((sg) => this.rulesOfGroup(sg))
    const layer = { name: `security groups ${key}`, rules }
    this.sgLayers.set(key, layer)
    return layer
  }

  private rulesOfGroup(sg: number): FilterRule[] {
    const cached = this.sgRules.get(sg)
    if (cached !== undefined) return cached
    const id = this.graph.nodeId(sg)
    const props = this.graph.nodeProps(sg)
    const groupId = str(props, 'groupId') ?? id
    const label = groupId === this.graph.nodeName(sg) ? groupId : `${this.graph.nodeName(sg)} (${groupId})`
    const rules = objs(props, 'ingressRules').flatMap((rule, i) => {
      const cidrs = strs(rule, 'cidrs')
      const sources = cidrs.flatMap((c) => parseCidr(c) ?? [])
      if (sources.length === 0) return []
      const protocols = protocolsOf(str(rule, 'protocol'))
      const ports = [portRangeOf(num(rule, 'fromPort'), num(rule, 'toPort'))]
      return [
        filterRule('allow', protocols, ports, sources, {
          source: id,
          detail: `security group ${label} ingress: allow ${describePorts(protocols, ports)} from ${cidrs.join(', ')}`,
          location: `ingressRules[${i}]`,
        }, cidrs),
      ]
    })
    this.sgRules.set(sg, rules)
    return rules
  }

  /**
   * Whether the groups admit `port` from a load balancer: a rule naming one of its groups, or a
   * CIDR overlapping its subnets (any CIDR when they are unknown). Returns the admitting rule.
   */
  admitsFrom(groups: readonly number[], protocol: Proto, port: number, fromGroups: ReadonlySet<string>, fromRanges: readonly IpRange[]): string | undefined {
    for (const sg of groups) {
      for (const [i, rule] of objs(this.graph.nodeProps(sg), 'ingressRules').entries()) {
        if (!protocolsOf(str(rule, 'protocol')).includes(protocol)) continue
        const ports = portRangeOf(num(rule, 'fromPort'), num(rule, 'toPort'))
        if (port < ports.from || port > ports.to) continue
        const byGroup = strs(rule, 'securityGroups').some((g) => fromGroups.has(g))
        const byCidr = strs(rule, 'cidrs').some((c) => {
          const range = parseCidr(c)
          return range !== undefined && (fromRanges.length === 0 ? true : fromRanges.some((f) => f.v6 === range.v6 && f.start <= range.end && range.start <= f.end))
        })
        if (byGroup || byCidr) return `${this.graph.nodeId(sg)}#ingressRules[${i}]`
      }
    }
    return undefined
  }
}
