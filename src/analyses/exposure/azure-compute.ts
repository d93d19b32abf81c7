/**
 * @module Azure VMs, scale sets, load balancers, application gateways and Azure Firewall DNAT.
 * A NIC's public IP is reached through the NSG of its subnet and the NSG of the NIC (both must
 * allow); with neither, a Basic public IP is open and a Standard one is closed (secure by default).
 * A public load balancer passes client addresses to its backends, so the backends' NSGs face the
 * internet on the backend port; an application gateway and Azure Firewall DNAT proxy the traffic.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { Evidence } from '../../model/graph-types.js'
import { NsgRules, azureSourceRanges, nsgsOf } from './azure-nsg.js'
import type { NicTarget } from './azure-nsg.js'
import type { ExposureContext } from './exposure-context.js'
import type { Grant, Layer, Proto } from './filter-layers.js'
import { translateLayer } from './filter-layers.js'
import { indexesOf, known, linked, pushTo } from './graph-walk.js'
import { parseAddressText, parseIp } from './ip-range.js'
import { ALL_PORTS, parsePortSpec, singlePort } from './port-range.js'
import type { PortRange } from './port-range.js'
import { bool, num, obj, objs, str, strs } from './props.js'
import { addressFamilyLayer, describePorts, familySources, filterRule, protocolsOf } from './rules.js'

const NIC = 'azure.network.networkinterface'
const PIP = 'azure.network.publicipaddress'
const SUBNET = 'azure.network.subnet'
const VM = 'azure.compute.virtualmachine'
const VMSS = 'azure.compute.virtualmachinescaleset'

export interface IpConfig {
  readonly nic: number
  readonly name: string
  readonly privateIp?: string
  readonly subnet?: string
  readonly publicIps: string[]
  readonly asgs: string[]
  readonly lbPools: string[]
  readonly appGatewayPools: string[]
  readonly natRules: string[]
}

const lowerIds = (values: readonly string[]): string[] => values.map((v) => v.toLowerCase())

/** IP configurations of a NIC, from ARG's normalized list or Terraform's flat props; the raw config adds NAT rules. */
export function ipConfigsOf(graph: GraphView, nic: number): IpConfig[] {
  const props = graph.nodeProps(nic)
  const rawConfigs = objs(obj(props, 'config'), 'ipConfigurations')
  const natRulesOf = (name: string | undefined): string[] => {
    const raw = rawConfigs.find((c) => str(c, 'name') === name) ?? (rawConfigs.length === 1 ? rawConfigs[0] : undefined)
    return lowerIds(objs(obj(raw, 'properties'), 'loadBalancerInboundNatRules').flatMap((r) => str(r, 'id') ?? []))
  }
  const listed = objs(props, 'ipConfigurations')
  const configs: IpConfig[] = listed.length > 0
    ? listed.map((c, i) => {
        const subnet = str(c, 'subnetId')
        const privateIp = str(c, 'privateIpAddress')
        return {
          nic,
          name: str(c, 'name') ?? `ipConfigurations[${i}]`,
          ...(privateIp === undefined ? {} : { privateIp }),
          ...(subnet === undefined ? {} : { subnet }),
          publicIps: strs(c, 'publicIpAddressId'),
          asgs: lowerIds(strs(c, 'applicationSecurityGroupIds')),
          lbPools: lowerIds(strs(c, 'loadBalancerBackendPoolIds')),
          appGatewayPools: lowerIds(strs(c, 'applicationGatewayBackendPoolIds')),
          natRules: natRulesOf(str(c, 'name')),
        }
      })
    : [
        {
          nic,
          name: 'primary',
          ...(str(props, 'privateIpAddress') === undefined ? {} : { privateIp: str(props, 'privateIpAddress')! }),
          ...(strs(props, 'subnetIds')[0] === undefined ? {} : { subnet: strs(props, 'subnetIds')[0]! }),
          publicIps: strs(props, 'publicIpAddressIds'),
          asgs: lowerIds(strs(props, 'applicationSecurityGroupIds')),
          lbPools: lowerIds(strs(props, 'loadBalancerBackendPoolIds')),
          appGatewayPools: [],
          natRules: [],
        },
      ]
  // Public IPs known only by their `attached-to` edge go to the first configuration.
  const claimed = new Set(configs.flatMap((c) => c.publicIps))
  for (const pip of linked(graph, nic, 'in', 'attached-to', PIP)) {
    const id = graph.nodeId(pip)
    if (!claimed.has(id)) configs[0]!.publicIps.push(id)
  }
  return configs
}

function subnetOfConfig(graph: GraphView, config: IpConfig): number | undefined {
  if (config.subnet !== undefined) return graph.indexOf(config.subnet)
  return linked(graph, config.nic, 'out', 'attached-to', SUBNET)[0]
}

export class AzureNetwork {
  readonly nsg: NsgRules
  private configsByPool: Map<string, IpConfig[]> | undefined
  private configsByNatRule: Map<string, IpConfig[]> | undefined
  private configsByPrivateIp: Map<string, IpConfig[]> | undefined

  constructor(private readonly graph: GraphView) {
    this.nsg = new NsgRules(graph)
  }

  private buildIndexes(): void {
    this.configsByPool = new Map()
    this.configsByNatRule = new Map()
    this.configsByPrivateIp = new Map()
    const add = pushTo<string, IpConfig>
    for (const nic of this.graph.nodesOfKind(NIC)) {
      for (const config of ipConfigsOf(this.graph, nic)) {
        for (const pool of [...config.lbPools, ...config.appGatewayPools]) add(this.configsByPool, pool, config)
        for (const rule of config.natRules) add(this.configsByNatRule, rule, config)
        if (config.privateIp !== undefined) add(this.configsByPrivateIp, config.privateIp, config)
      }
    }
  }

  configsInPool(pool: string): IpConfig[] {
    if (this.configsByPool === undefined) this.buildIndexes()
    return this.configsByPool!.get(pool.toLowerCase()) ?? []
  }

  configsOfNatRule(rule: string): IpConfig[] {
    if (this.configsByNatRule === undefined) this.buildIndexes()
    return this.configsByNatRule!.get(rule.toLowerCase()) ?? []
  }

  configsWithPrivateIp(ip: string): IpConfig[] {
    if (this.configsByPrivateIp === undefined) this.buildIndexes()
    return this.configsByPrivateIp!.get(ip) ?? []
  }

  /** NSG layers in front of an IP configuration: the subnet's, then the NIC's. */
  nsgLayers(config: IpConfig): Layer[] {
    const target: NicTarget = {
      addresses: config.privateIp === undefined ? [] : [parseAddressText(config.privateIp)].flatMap((r) => r ?? []),
      asgs: new Set(config.asgs),
    }
    const subnet = subnetOfConfig(this.graph, config)
    const subnetNsgs = subnet === undefined ? [] : nsgsOf(this.graph, subnet, 'networkSecurityGroupId')
    const nicNsgs = nsgsOf(this.graph, config.nic, 'networkSecurityGroupId')
    return [...subnetNsgs, ...nicNsgs].map((nsg) => this.nsg.layer(nsg, target))
  }

  /** The VM (or scale set) a NIC belongs to, else the NIC itself. */
  workloadOf(nic: number): number {
    const props = this.graph.nodeProps(nic)
    const vm = indexesOf(this.graph, strs(props, 'virtualMachineId'))[0] ?? linked(this.graph, nic, 'out', 'attached-to', VM, VMSS)[0]
    return vm ?? nic
  }
}

interface PublicIp {
  readonly id: string
  readonly v6: boolean
  readonly standard: boolean
  readonly address?: string
}

function publicIp(graph: GraphView, id: string): PublicIp {
  const index = graph.indexOf(id)
  const props = index === undefined ? {} : graph.nodeProps(index)
  const address = str(props, 'ipAddress')
  const v6 = str(props, 'ipVersion')?.toLowerCase() === 'ipv6' || (address !== undefined && parseIp(address)?.v6 === true)
  const sku = str(obj(props, 'sku'), 'name')?.toLowerCase()
  return { id, v6, standard: sku === 'standard', ...(address === undefined ? {} : { address }) }
}

/** The shared address-family layer of some public IPs (none known, as for a scale set's instance IPs: IPv4). */
function entryLayer(ips: readonly PublicIp[]): Layer {
  return addressFamilyLayer(ips.length === 0 || ips.some((ip) => !ip.v6), ips.some((ip) => ip.v6))
}

function addressEvidence(ips: readonly PublicIp[], owner: string): Evidence[] {
  if (ips.length === 0) return [{ source: owner, detail: 'instance-level public IPs' }]
  return ips.map((ip) => ({ source: ip.id, detail: `public IP ${ip.address ?? ip.id.split('/').pop() ?? ip.id}` }))
}

export function exposeVirtualMachines(ctx: ExposureContext, net: AzureNetwork): void {
  const g = ctx.graph
  for (const nic of g.nodesOfKind(NIC)) {
    for (const config of ipConfigsOf(g, nic)) {
      if (config.publicIps.length === 0) continue
      const ips = config.publicIps.map((id) => publicIp(g, id))
      const nsgLayers = net.nsgLayers(config)
      const caveats: string[] = []
      if (nsgLayers.length === 0) {
        if (ips.some((ip) => ip.standard)) continue
        caveats.push('no NSG on the NIC or its subnet: every port is open on a Basic public IP')
      }
      const workload = net.workloadOf(nic)
      ctx.sink.addRoute({
        node: g.nodeId(workload),
        entry: g.nodeId(workload),
        kind: 'public-ip',
        grants: ctx.evaluate([entryLayer(ips), ...nsgLayers]),
        via: [...ips.flatMap((ip) => known(g, ip.id)), ...(workload === nic ? [] : [g.nodeId(nic)])],
        evidence: addressEvidence(ips, g.nodeId(nic)),
        caveats,
      })
    }
  }
  for (const vmss of g.nodesOfKind(VMSS)) {
    const props = g.nodeProps(vmss)
    if (bool(props, 'hasPublicIpConfiguration') !== true) continue
    const id = g.nodeId(vmss)
    for (const layers of scaleSetNsgLayers(ctx, net, vmss)) {
      ctx.sink.addRoute({
        node: id,
        entry: id,
        kind: 'public-ip',
        grants: ctx.evaluate([entryLayer([]), ...layers]),
        evidence: addressEvidence([], id),
        caveats: ['each instance has its own public IP (publicIPAddressConfiguration)', ...(layers.length === 0 ? ['no NSG on the scale set or its subnets'] : [])],
      })
    }
  }
}

/** NSG layer sets of a scale set: one per subnet (subnet NSG, then the profile's NSGs). */
function scaleSetNsgLayers(ctx: ExposureContext, net: AzureNetwork, vmss: number): Layer[][] {
  const g = ctx.graph
  const props = g.nodeProps(vmss)
  const target: NicTarget = { addresses: [], asgs: new Set() }
  const profileNsgs = nsgsOf(g, vmss, 'networkSecurityGroupIds').map((nsg) => net.nsg.layer(nsg, target))
  const subnets = [...new Set([...strs(props, 'subnetIds'), ...linked(g, vmss, 'out', 'attached-to', SUBNET).map((s) => g.nodeId(s))])]
  if (subnets.length === 0) return [profileNsgs]
  return subnets.map((subnet) => {
    const index = g.indexOf(subnet)
    const subnetNsgs = index === undefined ? [] : nsgsOf(g, index, 'networkSecurityGroupId').map((nsg) => net.nsg.layer(nsg, target))
    return [...subnetNsgs, ...profileNsgs]
  })
}

interface LbRule {
  readonly name: string
  readonly location: string
  readonly protocols: readonly Proto[]
  readonly frontend: readonly PortRange[]
  readonly backendPort?: number
  readonly pools: readonly string[]
  readonly natRuleId?: string
  readonly frontendConfig?: string
}

function lbRules(lbId: string, props: Record<string, unknown>): LbRule[] {
  const rules = (key: 'loadBalancingRules' | 'inboundNatRules'): LbRule[] =>
    objs(props, key).flatMap((r, i) => {
      const port = num(r, 'frontendPort')
      const start = num(r, 'frontendPortRangeStart')
      const end = num(r, 'frontendPortRangeEnd')
      const frontend = start !== undefined && end !== undefined ? [{ from: start, to: end }] : port === undefined || port === 0 ? [ALL_PORTS] : [singlePort(port)]
      const backend = num(r, 'backendPort')
      const name = str(r, 'name') ?? `${key}[${i}]`
      const frontendConfig = str(r, 'frontendIpConfigurationId')?.toLowerCase()
      return [
        {
          name,
          location: `${key}[${i}]`,
          protocols: protocolsOf(str(r, 'protocol') ?? 'tcp'),
          frontend,
          ...(backend === undefined || backend === 0 ? {} : { backendPort: backend }),
          pools: lowerIds(strs(r, 'backendPoolIds')),
          ...(key === 'inboundNatRules' ? { natRuleId: `${lbId}/inboundnatrules/${name.toLowerCase()}` } : {}),
          ...(frontendConfig === undefined ? {} : { frontendConfig }),
        },
      ]
    })
  return [...rules('loadBalancingRules'), ...rules('inboundNatRules')]
}

/** Frontend IP configuration id → its public IP id, from the raw configuration. */
function publicFrontends(props: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>()
  for (const fe of objs(obj(props, 'config'), 'frontendIPConfigurations')) {
    const id = str(fe, 'id')?.toLowerCase()
    const pip = str(obj(obj(fe, 'properties'), 'publicIPAddress'), 'id')?.toLowerCase()
    if (id !== undefined && pip !== undefined) out.set(id, pip)
  }
  return out
}

export function exposeLoadBalancers(ctx: ExposureContext, net: AzureNetwork): void {
  const g = ctx.graph
  const scaleSetsByPool = new Map<string, number[]>()
  for (const vmss of g.nodesOfKind(VMSS)) {
    for (const pool of new Set(lowerIds(strs(g.nodeProps(vmss), 'loadBalancerBackendPoolIds')))) pushTo(scaleSetsByPool, pool, vmss)
  }
  for (const lb of g.nodesOfKind('azure.network.loadbalancer')) {
    const props = g.nodeProps(lb)
    const pips = strs(props, 'publicIpAddressIds')
    if (pips.length === 0) continue
    const id = g.nodeId(lb)
    const standard = str(obj(props, 'sku'), 'name')?.toLowerCase() === 'standard'
    const frontends = publicFrontends(props)
    for (const rule of lbRules(id, props)) {
      const frontendIp = rule.frontendConfig === undefined ? undefined : frontends.get(rule.frontendConfig)
      if (rule.frontendConfig !== undefined && frontends.size > 0 && frontendIp === undefined) continue
      const ips = (frontendIp === undefined ? pips : [frontendIp]).map((pip) => publicIp(g, pip))
      const ruleLayer: Layer = {
        name: `lb rule ${id} ${rule.location}`,
        rules: [filterRule('allow', rule.protocols, rule.frontend, ips.some((ip) => ip.v6) ? familySources(true, true) : familySources(true, false), { source: id, detail: `load balancer ${g.nodeName(lb)} rule ${rule.name}: ${describePorts(rule.protocols, rule.frontend)}${rule.backendPort === undefined ? '' : ` → backend port ${rule.backendPort}`}`, location: rule.location })],
      }
      const layers = [entryLayer(ips), ruleLayer]
      if (!ctx.sink.addRoute({ node: id, entry: id, kind: 'load-balancer', grants: ctx.evaluate(layers), via: ips.flatMap((ip) => known(g, ip.id)), evidence: addressEvidence(ips, id) })) continue
      const configs = rule.natRuleId === undefined ? rule.pools.flatMap((pool) => net.configsInPool(pool)) : net.configsOfNatRule(rule.natRuleId)
      for (const config of configs) {
        const nsgLayers = net.nsgLayers(config)
        if (nsgLayers.length === 0 && standard) continue
        const translated = rule.backendPort === undefined ? nsgLayers : nsgLayers.map((l) => translateLayer(l, rule.backendPort!, rule.frontend))
        addBackend(ctx, id, net.workloadOf(config.nic), config.nic, [...layers, ...translated], rule, nsgLayers.length === 0 ? ['no NSG in front of the backend (Basic load balancer)'] : [])
      }
      for (const pool of rule.pools) {
        for (const vmss of scaleSetsByPool.get(pool) ?? []) {
          for (const nsgLayers of scaleSetNsgLayers(ctx, net, vmss)) {
            if (nsgLayers.length === 0 && standard) continue
            const translated = rule.backendPort === undefined ? nsgLayers : nsgLayers.map((l) => translateLayer(l, rule.backendPort!, rule.frontend))
            addBackend(ctx, id, vmss, vmss, [...layers, ...translated], rule, [])
          }
        }
      }
    }
  }
}

function addBackend(ctx: ExposureContext, lbId: string, workload: number, nic: number, layers: Layer[], rule: LbRule, caveats: string[]): void {
  const g = ctx.graph
  const target = g.nodeId(workload)
  const ports = rule.backendPort === undefined ? rule.frontend : [singlePort(rule.backendPort)]
  const evidence: Evidence[] = [{ source: lbId, detail: `rule ${rule.name} sends ${describePorts(rule.protocols, rule.frontend)} to ${g.nodeName(workload)} on ${ports.map((p) => (p.from === p.to ? p.from : `${p.from}-${p.to}`)).join(',')}`, location: rule.location }]
  ctx.sink.addRoute({
    node: target,
    entry: lbId,
    kind: 'load-balancer',
    grants: ctx.evaluate(layers),
    via: nic === workload ? [] : [g.nodeId(nic)],
    evidence,
    targetPorts: ports,
    links: [{ from: lbId, to: target, ports, protocols: rule.protocols, evidence }],
    caveats,
  })
}

export function exposeApplicationGateways(ctx: ExposureContext, net: AzureNetwork): void {
  const g = ctx.graph
  const sitesByHost = new Map<string, number>()
  for (const kind of ['azure.web.site', 'azure.web.functionapp']) {
    for (const site of g.nodesOfKind(kind)) {
      const p = g.nodeProps(site)
      for (const host of [...strs(p, 'hostNames'), ...strs(p, 'defaultHostName')]) sitesByHost.set(host.toLowerCase(), site)
    }
  }
  for (const gw of g.nodesOfKind('azure.network.applicationgateway')) {
    const props = g.nodeProps(gw)
    const pips = strs(props, 'publicIpAddressIds')
    if (pips.length === 0) continue
    const id = g.nodeId(gw)
    const listeners = objs(props, 'listeners').flatMap((l, i) => {
      const port = num(l, 'port')
      return port === undefined ? [] : [{ port, name: str(l, 'name') ?? `listeners[${i}]`, protocol: str(l, 'protocol') ?? 'http' }]
    })
    if (listeners.length === 0) continue
    const listenerLayer: Layer = {
      name: `app gateway listeners ${id}`,
      rules: listeners.map((l) => filterRule('allow', ['tcp'], [singlePort(l.port)], familySources(true, true), { source: id, detail: `listener ${l.name} (${l.protocol}:${l.port})` })),
    }
    const subnetNsgs = strs(props, 'subnetIds').flatMap((s) => {
      const index = g.indexOf(s)
      return index === undefined ? [] : nsgsOf(g, index, 'networkSecurityGroupId')
    })
    const target: NicTarget = { addresses: [], asgs: new Set() }
    const ips = pips.map((p) => publicIp(g, p))
    const layers = [entryLayer(ips), ...subnetNsgs.map((nsg) => net.nsg.layer(nsg, target)), listenerLayer]
    const waf = bool(props, 'wafEnabled') === true ? [`web application firewall on${str(props, 'wafMode') === undefined ? '' : ` (${str(props, 'wafMode')} mode)`}`] : []
    const grants = ctx.evaluate(layers)
    if (!ctx.sink.addRoute({ node: id, entry: id, kind: 'application-gateway', grants, via: pips.flatMap((p) => known(g, p)), evidence: addressEvidence(ips, id), caveats: waf })) continue
    exposeGatewayBackends(ctx, net, gw, grants, waf, sitesByHost)
  }
}

function exposeGatewayBackends(ctx: ExposureContext, net: AzureNetwork, gw: number, grants: Grant[], caveats: string[], sitesByHost: ReadonlyMap<string, number>): void {
  const g = ctx.graph
  const id = g.nodeId(gw)
  const config = obj(g.nodeProps(gw), 'config')
  const settingsPorts = objs(config, 'backendHttpSettingsCollection').flatMap((s) => num(obj(s, 'properties'), 'port') ?? [])
  const targetPorts = settingsPorts.length > 0 ? [...new Set(settingsPorts)].map(singlePort) : undefined
  const targets = new Set<number>()
  for (const pool of objs(config, 'backendAddressPools')) {
    const poolId = str(pool, 'id')
    if (poolId !== undefined) for (const c of net.configsInPool(poolId)) targets.add(net.workloadOf(c.nic))
    for (const address of objs(obj(pool, 'properties'), 'backendAddresses')) {
      const ip = str(address, 'ipAddress')
      const fqdn = str(address, 'fqdn')?.toLowerCase()
      if (ip !== undefined) for (const c of net.configsWithPrivateIp(ip)) targets.add(net.workloadOf(c.nic))
      if (fqdn !== undefined && sitesByHost.has(fqdn)) targets.add(sitesByHost.get(fqdn)!)
    }
  }
  for (const address of strs(g.nodeProps(gw), 'backendAddresses')) {
    const site = sitesByHost.get(address.toLowerCase())
    if (site !== undefined) targets.add(site)
    for (const c of net.configsWithPrivateIp(address)) targets.add(net.workloadOf(c.nic))
  }
  for (const target of [...targets].sort((a, b) => a - b)) {
    const targetId = g.nodeId(target)
    const ports = targetPorts ?? [ALL_PORTS]
    const evidence: Evidence[] = [{ source: id, detail: `application gateway ${g.nodeName(gw)} forwards to ${g.nodeName(target)}` }]
    ctx.sink.addRoute({
      node: targetId,
      entry: id,
      kind: 'application-gateway',
      grants,
      evidence,
      ...(targetPorts === undefined ? {} : { targetPorts }),
      links: [{ from: id, to: targetId, ports, protocols: ['tcp'], evidence }],
      caveats,
    })
  }
}

/** Classic Azure Firewall DNAT rules (in the firewall's own configuration): public port → private address. */
export function exposeFirewallDnat(ctx: ExposureContext, net: AzureNetwork): void {
  const g = ctx.graph
  for (const fw of g.nodesOfKind('azure.network.azurefirewall')) {
    const props = g.nodeProps(fw)
    const pips = strs(props, 'publicIpAddressIds')
    if (pips.length === 0) continue
    const id = g.nodeId(fw)
    for (const [c, collection] of objs(obj(props, 'config'), 'natRuleCollections').entries()) {
      const cp = obj(collection, 'properties') ?? collection
      if (str(obj(cp, 'action'), 'type')?.toLowerCase() === 'snat') continue
      for (const [r, rule] of objs(cp, 'rules').entries()) {
        const translated = str(rule, 'translatedAddress')
        if (translated === undefined) continue
        const protocols = [...new Set(strs(rule, 'protocols').flatMap((p) => protocolsOf(p)))]
        const ports = strs(rule, 'destinationPorts').flatMap((p) => parsePortSpec(p) ?? [])
        const labels = strs(rule, 'sourceAddresses')
        const sources = (labels.length === 0 ? ['*'] : labels).flatMap((s) => azureSourceRanges(s))
        const location = `config.natRuleCollections[${c}].properties.rules[${r}]`
        const layer: Layer = {
          name: `dnat ${id} ${location}`,
          rules: [filterRule('allow', protocols, ports, sources, { source: id, detail: `DNAT rule ${str(rule, 'name') ?? r}: ${describePorts(protocols, ports)} from ${labels.join(', ') || '*'} → ${translated}:${str(rule, 'translatedPort') ?? ''}`, location }, labels)],
        }
        const ips = pips.map((p) => publicIp(g, p))
        const grants = ctx.evaluate([entryLayer(ips), layer])
        ctx.sink.addRoute({ node: id, entry: id, kind: 'firewall-dnat', grants, evidence: addressEvidence(ips, id) })
        const translatedPort = num(rule, 'translatedPort')
        for (const config of net.configsWithPrivateIp(translated)) {
          const workload = net.workloadOf(config.nic)
          const targetId = g.nodeId(workload)
          const targetPorts = translatedPort === undefined ? ports : [singlePort(translatedPort)]
          ctx.sink.addRoute({
            node: targetId,
            entry: id,
            kind: 'firewall-dnat',
            grants,
            targetPorts,
            links: [{ from: id, to: targetId, ports: targetPorts, protocols, evidence: layer.rules.map((x) => x.evidence) }],
          })
        }
      }
    }
  }
}

