/**
 * @module AWS instances and load balancers. An instance is reached on a public IPv4 address (its
 * own, an ENI's, an Elastic IP) or a global IPv6 address only through a route back to an internet
 * gateway, its subnet's network ACL and its security groups. An internet-facing ALB/NLB/classic ELB
 * is reached on its listener ports through its own security groups; its targets are reached
 * through it (on the listener port, forwarded to the target port) when their groups admit the
 * load balancer — or, for an NLB without groups, which preserves client addresses, admit the
 * internet sources themselves.
 */
import type { Evidence } from '../../model/graph-types.js'
import type { AwsNetwork } from './aws-network.js'
import type { ExposureContext } from './exposure-context.js'
import type { Layer, Proto } from './filter-layers.js'
import { translateLayer } from './filter-layers.js'
import { indexesOf, known, linked, nodesOfKinds, pushTo } from './graph-walk.js'
import { parseCidr, parseIp } from './ip-range.js'
import type { IpRange } from './ip-range.js'
import { singlePort } from './port-range.js'
import { bool, num, objs, str, strs } from './props.js'
import { familySources, passRule, portLayer, protocolsOf } from './rules.js'

const SG = 'aws.ec2.security-group'
const ENI = 'aws.ec2.network-interface'
const EIP = 'aws.ec2.elastic-ip'
const INSTANCE = 'aws.ec2.instance'

interface Interface {
  readonly eni?: number
  readonly publicIps: string[]
  readonly eips: number[]
  readonly ipv6: string[]
  /** Security groups, read only for interfaces with a public address (most have none). */
  groups(): number[]
  readonly subnet?: string
}

const union = (...lists: number[][]): number[] => [...new Set(lists.flat())].sort((a, b) => a - b)

/** The security groups of an instance: its own and those of its interfaces. */
export function instanceGroups(ctx: ExposureContext, instance: number): number[] {
  const g = ctx.graph
  const enis = union(linked(g, instance, 'in', 'attached-to', ENI), indexesOf(g, strs(g.nodeProps(instance), 'networkInterfaceIds')))
  return union(
    linked(g, instance, 'out', 'protected-by', SG),
    indexesOf(g, strs(g.nodeProps(instance), 'securityGroupIds')),
    ...enis.map((eni) => union(linked(g, eni, 'out', 'protected-by', SG), indexesOf(g, strs(g.nodeProps(eni), 'securityGroupIds')))),
  ).filter((sg) => g.nodeKind(sg) === SG)
}

function subnetOf(ctx: ExposureContext, node: number): string | undefined {
  return str(ctx.graph.nodeProps(node), 'subnetId') ?? linked(ctx.graph, node, 'in', 'contains', 'aws.ec2.subnet').map((s) => ctx.graph.nodeId(s))[0]
}

function interfacesOf(ctx: ExposureContext, instance: number): Interface[] {
  const g = ctx.graph
  const props = g.nodeProps(instance)
  const ownIps = [...new Set([...strs(props, 'publicIps'), ...strs(props, 'publicIp')])]
  const ownEips = linked(g, instance, 'in', 'attached-to', EIP)
  const ownGroups = (): number[] => union(linked(g, instance, 'out', 'protected-by', SG), indexesOf(g, strs(props, 'securityGroupIds'))).filter((sg) => g.nodeKind(sg) === SG)
  const ownSubnet = subnetOf(ctx, instance)
  const listed = strs(props, 'networkInterfaceIds')
  const enis = union(linked(g, instance, 'in', 'attached-to', ENI), listed.length === 0 ? [] : indexesOf(g, listed)).filter((e) => g.nodeKind(e) === ENI)
  if (enis.length === 0) {
    return [{ publicIps: ownIps, eips: ownEips, ipv6: [], groups: ownGroups, ...(ownSubnet === undefined ? {} : { subnet: ownSubnet }) }]
  }
  const interfaces: Interface[] = enis.map((eni) => {
    const p = g.nodeProps(eni)
    const subnet = subnetOf(ctx, eni) ?? ownSubnet
    const groups = (): number[] => {
      const own = union(linked(g, eni, 'out', 'protected-by', SG), indexesOf(g, strs(p, 'securityGroupIds'))).filter((sg) => g.nodeKind(sg) === SG)
      return own.length > 0 ? own : ownGroups()
    }
    return {
      eni,
      publicIps: [...new Set([...strs(p, 'publicIps'), ...strs(p, 'publicIp')])],
      eips: linked(g, eni, 'in', 'attached-to', EIP),
      ipv6: strs(p, 'ipv6Addresses'),
      groups,
      ...(subnet === undefined ? {} : { subnet }),
    }
  })
  // Addresses the instance reports but no interface claims belong to its primary interface.
  const claimedIps = new Set(interfaces.flatMap((i) => i.publicIps))
  const claimedEips = new Set(interfaces.flatMap((i) => i.eips))
  const privateIp = str(props, 'privateIp')
  const primary = interfaces.find((i) => i.eni !== undefined && str(g.nodeProps(i.eni), 'privateIp') === privateIp) ?? interfaces[0]!
  primary.publicIps.push(...ownIps.filter((ip) => !claimedIps.has(ip)))
  primary.eips.push(...ownEips.filter((e) => !claimedEips.has(e)))
  return interfaces
}

/** Cheap test run on every instance before any walk: a public IPv4/IPv6 address anywhere on it or its ENIs. */
function hasPublicAddress(ctx: ExposureContext, instance: number): boolean {
  const g = ctx.graph
  const props = g.nodeProps(instance)
  if (strs(props, 'publicIps').length > 0 || str(props, 'publicIp') !== undefined) return true
  const enis = strs(props, 'networkInterfaceIds').flatMap((id) => g.indexOf(id) ?? [])
  let found = false
  g.forEachEdge(instance, 'in', 'attached-to', (_e, from) => {
    const kind = g.nodeKind(from)
    if (kind === EIP) found = true
    else if (kind === ENI) enis.push(from)
  })
  return (
    found ||
    enis.some((eni) => {
      const p = g.nodeProps(eni)
      return strs(p, 'publicIps').length > 0 || strs(p, 'ipv6Addresses').length > 0 || linked(g, eni, 'in', 'attached-to', EIP).length > 0
    })
  )
}

export function exposeInstances(ctx: ExposureContext, net: AwsNetwork): void {
  const g = ctx.graph
  for (const instance of g.nodesOfKind(INSTANCE)) {
    const props = g.nodeProps(instance)
    const state = str(props, 'state')
    if (state === 'terminated' || state === 'shutting-down' || !hasPublicAddress(ctx, instance)) continue
    const id = g.nodeId(instance)
    for (const nic of interfacesOf(ctx, instance)) {
      const v4 = nic.publicIps.length > 0 || nic.eips.length > 0
      const v6 = nic.ipv6.some((address) => parseIp(address)?.v6 === true)
      if (!v4 && !v6) continue
      const route = net.internetRoute(nic.subnet, str(props, 'vpcId'), v4, v6)
      if (route === undefined) continue
      const nacl = net.naclLayer(nic.subnet, str(props, 'vpcId'))
      const layers: Layer[] = [route.layer, ...(nacl === undefined ? [] : [nacl]), net.securityGroupLayer(nic.groups())]
      const addresses: Evidence[] = [
        ...nic.eips.map((eip) => ({ source: g.nodeId(eip), detail: `Elastic IP ${str(g.nodeProps(eip), 'publicIp') ?? g.nodeName(eip)}` })),
        ...nic.publicIps.map((ip) => ({ source: nic.eni === undefined ? id : g.nodeId(nic.eni), detail: `public IP ${ip}` })),
        ...nic.ipv6.map((ip) => ({ source: nic.eni === undefined ? id : g.nodeId(nic.eni), detail: `IPv6 address ${ip}` })),
      ]
      ctx.sink.addRoute({
        node: id,
        entry: id,
        kind: 'public-ip',
        grants: ctx.evaluate(layers),
        via: [...nic.eips.map((e) => g.nodeId(e)), ...route.via, ...(nic.eni === undefined ? [] : [g.nodeId(nic.eni)])],
        evidence: addresses,
        caveats: route.caveats,
      })
    }
  }
}

interface Listener {
  readonly id: string
  readonly name: string
  readonly port: number
  readonly protocols: readonly Proto[]
  /** Targets with the port they receive on. */
  readonly targets: readonly { node: number; port?: number; via: readonly string[] }[]
  readonly caveats: readonly string[]
}

function v2Listeners(ctx: ExposureContext, lb: number, byLoadBalancer: ReadonlyMap<string, number[]>): Listener[] {
  const g = ctx.graph
  const listeners = union(linked(g, lb, 'out', 'contains', 'aws.elbv2.listener'), byLoadBalancer.get(g.nodeId(lb)) ?? [])
  return listeners.flatMap((listener) => {
    const p = g.nodeProps(listener)
    const port = num(p, 'port')
    if (port === undefined) return []
    const groups = union(linked(g, listener, 'out', 'routes-traffic-to', 'aws.elbv2.target-group'), indexesOf(g, strs(p, 'targetGroupArns')))
    const targets = groups.flatMap((tg) => {
      const tgPort = num(g.nodeProps(tg), 'port')
      const found = new Map<number, number | undefined>()
      g.forEachEdge(tg, 'out', 'routes-traffic-to', (edge, target) => {
        const ports = g.edgeProps(edge)['ports']
        const first = Array.isArray(ports) ? ports.find((x): x is number => typeof x === 'number') : undefined
        if (!found.has(target) || found.get(target) === undefined) found.set(target, first ?? tgPort)
      })
      for (const target of indexesOf(g, strs(g.nodeProps(tg), 'targetIds'))) if (!found.has(target)) found.set(target, tgPort)
      return [...found].sort((a, b) => a[0] - b[0]).map(([node, targetPort]) => ({ node, ...(targetPort === undefined ? {} : { port: targetPort }), via: [g.nodeId(listener), g.nodeId(tg)] }))
    })
    const authenticates = objs(p, 'defaultActions').some((a) => a['authenticate'] === true)
    return [
      {
        id: g.nodeId(listener),
        name: g.nodeName(listener),
        port,
        protocols: protocolsOf(str(p, 'protocol') ?? 'tcp'),
        targets,
        caveats: authenticates ? ['the listener authenticates users before forwarding (authenticate-oidc / authenticate-cognito)'] : [],
      },
    ]
  })
}

function classicListeners(ctx: ExposureContext, lb: number): Listener[] {
  const g = ctx.graph
  const p = g.nodeProps(lb)
  const instances = union(linked(g, lb, 'out', 'routes-traffic-to', INSTANCE), indexesOf(g, strs(p, 'instanceIds')))
  return objs(p, 'listeners').flatMap((l, i) => {
    const port = num(l, 'port')
    if (port === undefined) return []
    const instancePort = num(l, 'instancePort')
    return [
      {
        id: g.nodeId(lb),
        name: `${str(l, 'protocol') ?? 'tcp'}:${port} (listeners[${i}])`,
        port,
        protocols: protocolsOf(str(l, 'protocol') ?? 'tcp'),
        targets: instances.map((node) => ({ node, ...(instancePort === undefined ? {} : { port: instancePort }), via: [] })),
        caveats: [],
      },
    ]
  })
}

function subnetRanges(ctx: ExposureContext, subnets: readonly string[]): IpRange[] {
  return indexesOf(ctx.graph, subnets).flatMap((s) => parseCidr(str(ctx.graph.nodeProps(s), 'cidrBlock') ?? '') ?? [])
}

export function exposeLoadBalancers(ctx: ExposureContext, net: AwsNetwork): void {
  const g = ctx.graph
  const byLoadBalancer = new Map<string, number[]>()
  for (const listener of g.nodesOfKind('aws.elbv2.listener')) {
    const lb = str(g.nodeProps(listener), 'loadBalancerArn')
    if (lb !== undefined) pushTo(byLoadBalancer, lb, listener)
  }
  for (const lb of nodesOfKinds(g, 'aws.elbv2.load-balancer', 'aws.elb.load-balancer')) {
    const p = g.nodeProps(lb)
    const type = str(p, 'type') ?? 'application'
    if (bool(p, 'internetFacing') !== true && str(p, 'scheme') !== 'internet-facing') continue
    if (type === 'gateway' || str(p, 'state') === 'failed') continue
    const id = g.nodeId(lb)
    const groups = union(linked(g, lb, 'out', 'protected-by', SG), indexesOf(g, strs(p, 'securityGroupIds'))).filter((sg) => g.nodeKind(sg) === SG)
    const hasGroups = groups.length > 0 || strs(p, 'securityGroupIds').length > 0
    const dualStack = str(p, 'ipAddressType')?.startsWith('dualstack') === true
    const entry: Layer = {
      name: `load balancer ${id} v6=${dualStack}`,
      rules: [passRule(familySources(true, dualStack), { source: id, detail: `internet-facing ${type} load balancer ${g.nodeName(lb)}` })],
    }
    const sgLayer = net.securityGroupLayer(groups)
    const preservesClients = type === 'network' && !hasGroups
    const lbGroupIds = new Set(groups.map((sg) => g.nodeId(sg)))
    const lbRanges = subnetRanges(ctx, strs(p, 'subnetIds'))
    const listeners = g.nodeKind(lb) === 'aws.elb.load-balancer' ? classicListeners(ctx, lb) : v2Listeners(ctx, lb, byLoadBalancer)
    for (const listener of listeners) {
      const listenerLayer = portLayer(`listener ${listener.id} ${listener.name}`, listener.protocols, [singlePort(listener.port)], {
        source: listener.id,
        detail: `listener ${listener.name}`,
      })
      const layers = [entry, ...(hasGroups ? [sgLayer] : []), listenerLayer]
      const grants = ctx.evaluate(layers)
      const exposed = ctx.sink.addRoute({
        node: id,
        entry: id,
        kind: 'load-balancer',
        grants,
        via: known(g, listener.id),
        caveats: listener.caveats,
      })
      if (!exposed) continue
      for (const target of listener.targets) exposeTarget(ctx, net, { lb, id, entry, layers, listener, target, preservesClients, lbGroupIds, lbRanges })
    }
  }
}

function exposeTarget(
  ctx: ExposureContext,
  net: AwsNetwork,
  route: {
    lb: number
    id: string
    entry: Layer
    layers: Layer[]
    listener: Listener
    target: Listener['targets'][number]
    preservesClients: boolean
    lbGroupIds: ReadonlySet<string>
    lbRanges: readonly IpRange[]
  },
): void {
  const g = ctx.graph
  const { listener, target } = route
  const targetId = g.nodeId(target.node)
  const targetPort = target.port ?? listener.port
  const isInstance = g.nodeKind(target.node) === INSTANCE
  const protocol = listener.protocols[0] ?? 'tcp'
  const caveats = [...listener.caveats]
  let layers = route.layers
  const evidence: Evidence[] = [{ source: route.id, detail: `${listener.name} forwards to ${g.nodeName(target.node)} on port ${targetPort}` }]
  if (isInstance) {
    const groups = instanceGroups(ctx, target.node)
    if (route.preservesClients) {
      // Client addresses reach the target unchanged: its own groups and ACL face the internet.
      const subnet = str(g.nodeProps(target.node), 'subnetId')
      const nacl = net.naclLayer(subnet, str(g.nodeProps(target.node), 'vpcId'))
      const frontend = [singlePort(listener.port)]
      layers = [
        ...route.layers,
        translateLayer(net.securityGroupLayer(groups), targetPort, frontend),
        ...(nacl === undefined ? [] : [translateLayer(nacl, targetPort, frontend)]),
      ]
    } else if (groups.length === 0) {
      caveats.push('security groups of the target not in the inventory: the load balancer is assumed to reach it')
    } else {
      const admitting = net.admitsFrom(groups, protocol, targetPort, route.lbGroupIds, route.lbRanges)
      if (admitting === undefined) return
      evidence.push({ source: admitting.split('#')[0]!, detail: `admits the load balancer on port ${targetPort}`, location: admitting.split('#')[1] })
    }
  }
  ctx.sink.addRoute({
    node: targetId,
    entry: route.id,
    kind: 'load-balancer',
    grants: ctx.evaluate(layers),
    via: [...target.via.filter((v) => g.indexOf(v) !== undefined)],
    evidence,
    ...(g.nodeKind(target.node) === 'aws.lambda.function' ? {} : { targetPorts: [singlePort(targetPort)] }),
    links: [{ from: route.id, to: targetId, ports: [singlePort(targetPort)], protocols: listener.protocols, evidence }],
    caveats,
  })
}
