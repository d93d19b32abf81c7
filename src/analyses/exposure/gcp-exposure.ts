/**
 * @module GCP: instances with an external address (access config) behind their network's firewall
 * rules; external forwarding rules → target proxies / URL maps / backend services → instance
 * groups (and their members when the managed group's base instance name identifies them) or
 * target pools → instances; Cloud SQL public IP with authorized networks; GKE control planes
 * (master authorized networks, private endpoint); buckets open to allUsers / allAuthenticatedUsers;
 * Cloud Run services and Cloud Functions that allUsers may invoke with ingress open to all.
 */
import type { Evidence, JsonObject } from '../../model/graph-types.js'
import type { ExposureContext } from './exposure-context.js'
import type { Grant, Layer, Proto } from './filter-layers.js'
import { evaluateLayers } from './filter-layers.js'
import type { InstanceTarget } from './gcp-network.js'
import type { GcpNetwork } from './gcp-network.js'
import { computeRef, projectOf } from './gcp-network.js'
import { linked, nodesOfKinds, pushTo } from './graph-walk.js'
import { ANY_ADDRESS, parseCidr, parseIp } from './ip-range.js'
import { ALL_PORTS, parsePortSpec, singlePort } from './port-range.js'
import type { PortRange } from './port-range.js'
import { bool, num, obj, objs, str, strs } from './props.js'
import { addressFamilyLayer, familySources, passRule, portLayer, protocolsOf, sourceLayer } from './rules.js'

/** Google front ends: where proxy load balancers' traffic comes from at the backends. */
const GOOGLE_FRONT_ENDS = ['35.191.0.0/16', '130.211.0.0/22'].map((c) => parseCidr(c)!)

function instanceTarget(ctx: ExposureContext, instance: number, network?: string): InstanceTarget {
  const p = ctx.graph.nodeProps(instance)
  const project = projectOf(ctx.graph.nodeId(instance))
  return {
    ...(network === undefined ? {} : { network }),
    ...(project === undefined ? {} : { project }),
    tags: strs(p, 'networkTags'),
    serviceAccounts: [...strs(p, 'serviceAccountEmails'), ...strs(p, 'serviceAccountEmail')],
  }
}

function networkOf(ctx: ExposureContext, instance: number): string | undefined {
  const first = objs(ctx.graph.nodeProps(instance), 'networkInterfaces')[0]
  return computeRef(str(first, 'network'))
}

/** Firewall (and route) layers of an instance, `undefined` when no route leads back to the internet. */
function instanceLayers(net: GcpNetwork, target: InstanceTarget): Layer[] | undefined {
  const route = net.routeLayer(target)
  if (route === undefined) return undefined
  return [...(route === 'unknown' ? [] : [route]), net.firewallLayer(target)]
}

export function exposeGcpInstances(ctx: ExposureContext, net: GcpNetwork): void {
  const g = ctx.graph
  for (const instance of g.nodesOfKind('gcp.compute.instance')) {
    const p = g.nodeProps(instance)
    const status = str(p, 'status')
    if (status === 'terminated' || status === 'suspended') continue
    const id = g.nodeId(instance)
    const nics = objs(p, 'networkInterfaces')
    const interfaces = nics.length > 0
      ? nics.map((n) => ({ network: computeRef(str(n, 'network')), external: n['hasExternalAccess'] === true || strs(n, 'externalIps').length > 0, ips: strs(n, 'externalIps') }))
      : [{ network: undefined, external: bool(p, 'hasExternalIp') === true || strs(p, 'externalIps').length > 0, ips: strs(p, 'externalIps') }]
    for (const nic of interfaces) {
      if (!nic.external) continue
      const v6 = nic.ips.some((ip) => parseIp(ip)?.v6 === true)
      const v4 = !v6 || nic.ips.some((ip) => parseIp(ip)?.v6 === false)
      const target = instanceTarget(ctx, instance, nic.network)
      const layers = instanceLayers(net, target)
      if (layers === undefined) continue
      const addresses = linked(g, instance, 'in', 'attached-to', 'gcp.compute.address').map((a) => g.nodeId(a))
      ctx.sink.addRoute({
        node: id,
        entry: id,
        kind: 'public-ip',
        grants: ctx.evaluate([addressFamilyLayer(v4, v6), ...layers]),
        via: addresses,
        evidence: [{ source: addresses[0] ?? id, detail: `external IP ${nic.ips.join(', ') || '(ephemeral)'}` }],
      })
    }
  }
}

function forwardingPorts(p: JsonObject): PortRange[] {
  if (p['allPorts'] === true) return [ALL_PORTS]
  const ports = strs(p, 'ports').flatMap((x) => parsePortSpec(x) ?? [])
  if (ports.length > 0) return ports
  const range = str(p, 'portRange')
  return range === undefined ? [ALL_PORTS] : [parsePortSpec(range) ?? ALL_PORTS]
}

/** Backend services behind a target proxy's URL map (read from the raw configurations). */
function servicesBehind(ctx: ExposureContext, target: number): number[] {
  const g = ctx.graph
  const config = obj(g.nodeProps(target), 'config')
  const direct = computeRef(str(config, 'service'))
  const refs = direct === undefined ? [] : [direct]
  const urlMap = computeRef(str(config, 'urlMap'))
  const mapIndex = urlMap === undefined ? undefined : g.indexOf(urlMap)
  if (mapIndex !== undefined) {
    const m = obj(g.nodeProps(mapIndex), 'config')
    refs.push(...[str(m, 'defaultService'), ...objs(m, 'pathMatchers').flatMap((pm) => [str(pm, 'defaultService'), ...objs(pm, 'pathRules').map((r) => str(r, 'service'))])].flatMap((r) => computeRef(r) ?? []))
  }
  return [...new Set(refs.flatMap((r) => g.indexOf(r) ?? []))].sort((a, b) => a - b)
}

/** Members of an instance group: a managed group's instances, recognised by its base instance name. */
function groupMembers(ctx: ExposureContext, group: number, instancesByProject: ReadonlyMap<string, number[]>): { members: number[]; caveat?: string } {
  const g = ctx.graph
  const id = g.nodeId(group)
  const managers = g.nodeKind(group) === 'gcp.compute.instancegroupmanager'
    ? [group]
    : nodesOfKinds(g, 'gcp.compute.instancegroupmanager').filter((m) => computeRef(str(obj(g.nodeProps(m), 'config'), 'instanceGroup')) === id)
  const bases = managers.flatMap((m) => str(obj(g.nodeProps(m), 'config'), 'baseInstanceName') ?? [])
  if (bases.length === 0) return { members: [], caveat: 'group members are not in the inventory' }
  const project = projectOf(id)
  const candidates = project === undefined ? [] : instancesByProject.get(project) ?? []
  const members = candidates.filter((i) => bases.some((base) => new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-[a-z0-9]{4}$`).test(g.nodeName(i))))
  return { members, caveat: 'members matched by the managed group’s base instance name' }
}

export function exposeForwardingRules(ctx: ExposureContext, net: GcpNetwork): void {
  const g = ctx.graph
  const instancesByProject = new Map<string, number[]>()
  for (const i of g.nodesOfKind('gcp.compute.instance')) {
    const project = projectOf(g.nodeId(i))
    if (project !== undefined) pushTo(instancesByProject, project, i)
  }
  for (const fr of g.nodesOfKind('gcp.compute.forwardingrule')) {
    const p = g.nodeProps(fr)
    if (p['isExternal'] !== true) continue
    const id = g.nodeId(fr)
    const ports = forwardingPorts(p)
    const protocols: Proto[] = protocolsOf(str(p, 'protocol') ?? 'tcp')
    const address = str(p, 'ipAddress')
    const v6 = address !== undefined && parseIp(address)?.v6 === true
    const frontend = portLayer(`forwarding rule ${id}`, protocols, ports, { source: id, detail: `external forwarding rule ${address ?? ''} ${str(p, 'portRange') ?? strs(p, 'ports').join(',')}`.trim() })
    const entry: Layer = { name: `gcp lb address ${id} v6=${v6}`, rules: [passRule(familySources(!v6, v6), { source: id, detail: `external address ${address ?? '(ephemeral)'}` })] }
    const grants = ctx.evaluate([entry, frontend])
    if (!ctx.sink.addRoute({ node: id, entry: id, kind: 'load-balancer', grants })) continue

    const target = computeRef(str(p, 'target'))
    const targetIndex = target === undefined ? undefined : g.indexOf(target)
    const direct = computeRef(str(p, 'backendService'))
    const services = direct !== undefined && g.indexOf(direct) !== undefined ? [g.indexOf(direct)!] : targetIndex === undefined ? [] : servicesBehind(ctx, targetIndex)
    // Passthrough (backend service or target pool given directly) keeps client addresses and ports; proxies do not.
    const passthrough = direct !== undefined || (targetIndex !== undefined && !g.nodeKind(targetIndex).includes('targetproxy') && services.length === 0)
    for (const service of services) {
      const sid = g.nodeId(service)
      const sp = g.nodeProps(service)
      const backendPort = num(sp, 'port')
      const backendPorts = backendPort === undefined ? ports : [singlePort(backendPort)]
      const link = { from: id, to: sid, ports, protocols, evidence: [{ source: id, detail: `forwards to backend service ${g.nodeName(service)}` }] }
      const caveats = [...(bool(sp, 'iapEnabled') === true ? ['Identity-Aware Proxy in front of the backends'] : []), ...(str(sp, 'securityPolicy') === undefined ? [] : ['Cloud Armor security policy attached'])]
      ctx.sink.addRoute({ node: sid, entry: id, kind: 'load-balancer', grants, links: [link], caveats })
      const groups = [...new Set([...linked(g, service, 'out', 'attached-to'), ...strs(sp, 'backendGroups').flatMap((r) => g.indexOf(r) ?? [])])].sort((a, b) => a - b)
      for (const group of groups) {
        const gid = g.nodeId(group)
        const groupLink = { from: sid, to: gid, ports: backendPorts, protocols, evidence: [{ source: sid, detail: `backend group ${g.nodeName(group)}` }] }
        const { members, caveat } = groupMembers(ctx, group, instancesByProject)
        ctx.sink.addRoute({ node: gid, entry: id, kind: 'load-balancer', grants, via: [sid], links: [link, groupLink], ...(passthrough ? {} : { targetPorts: backendPorts }), caveats: [...caveats, ...(caveat === undefined ? [] : [caveat])] })
        for (const member of members) exposeBackendInstance(ctx, net, { member, frontEnd: id, via: [sid, gid], grants, passthrough, ports, backendPorts, protocols, caveats: [...caveats, ...(caveat === undefined ? [] : [caveat])], links: [link, groupLink] })
      }
    }
    if (targetIndex !== undefined && services.length === 0) {
      for (const ref of strs(obj(g.nodeProps(targetIndex), 'config'), 'instances')) {
        const member = g.indexOf(computeRef(ref) ?? '')
        if (member === undefined) continue
        const link = { from: id, to: g.nodeId(member), ports, protocols, evidence: [{ source: g.nodeId(targetIndex), detail: `target pool member ${g.nodeName(member)}` }] }
        exposeBackendInstance(ctx, net, { member, frontEnd: id, via: [g.nodeId(targetIndex)], grants, passthrough: true, ports, backendPorts: ports, protocols, caveats: [], links: [link] })
      }
    }
  }
}

function exposeBackendInstance(
  ctx: ExposureContext,
  net: GcpNetwork,
  r: { member: number; frontEnd: string; via: string[]; grants: Grant[]; passthrough: boolean; ports: PortRange[]; backendPorts: PortRange[]; protocols: Proto[]; caveats: string[]; links: { from: string; to: string; ports: PortRange[]; protocols: Proto[]; evidence: Evidence[] }[] },
): void {
  const g = ctx.graph
  const id = g.nodeId(r.member)
  const target = instanceTarget(ctx, r.member, networkOf(ctx, r.member))
  const firewall = net.firewallLayer(target)
  const entry = { name: `lb frontend ${r.frontEnd}`, rules: [passRule(ANY_ADDRESS, { source: r.frontEnd, detail: 'load balancer frontend' })] }
  const ports = portLayer(`lb ports ${r.frontEnd}`, r.protocols, r.passthrough ? r.ports : r.backendPorts, { source: r.frontEnd, detail: 'forwarded ports' })
  let grants: Grant[]
  if (r.passthrough) {
    // Client addresses reach the instance: its firewall faces the internet on the forwarded ports.
    grants = ctx.evaluate([entry, ports, firewall])
  } else {
    // Proxies connect from Google front ends: the firewall must admit them on the backend port.
    if (evaluateLayers([ports, firewall], GOOGLE_FRONT_ENDS).length === 0) return
    grants = r.grants
  }
  const links = [...r.links.filter((l) => l.to !== id), { from: r.via[r.via.length - 1] ?? r.frontEnd, to: id, ports: r.backendPorts, protocols: r.protocols, evidence: [{ source: r.frontEnd, detail: `backend ${g.nodeName(r.member)}` }] }]
  ctx.sink.addRoute({ node: id, entry: r.frontEnd, kind: 'load-balancer', grants, via: r.via, links, ...(r.passthrough ? {} : { targetPorts: r.backendPorts }), caveats: r.caveats })
}

const SQL_PORTS: readonly (readonly [RegExp, number])[] = [[/^postgres/i, 5432], [/^mysql/i, 3306], [/^sqlserver/i, 1433]]

export function exposeCloudSql(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const instance of g.nodesOfKind('gcp.sql.instance')) {
    const p = g.nodeProps(instance)
    if (bool(p, 'ipv4Enabled') === false || (bool(p, 'ipv4Enabled') === undefined && str(p, 'publicIp') === undefined)) continue
    const id = g.nodeId(instance)
    const networks = [...objs(p, 'authorizedNetworks').map((n) => ({ value: str(n, 'value'), name: str(n, 'name') })), ...strs(p, 'authorizedNetworks').map((value) => ({ value, name: undefined }))]
    const entries = networks.flatMap((n) => {
      const range = n.value === undefined ? undefined : parseCidr(n.value)
      const name = n.name === undefined ? '' : ` ${n.name}`
      return range === undefined ? [] : [{ sources: [range], label: n.value!, evidence: { source: id, detail: `authorized network${name} ${n.value!}` } }]
    })
    if (entries.length === 0) continue
    const port = SQL_PORTS.find(([re]) => re.test(str(p, 'databaseVersion') ?? ''))?.[1]
    const ports = port === undefined ? [ALL_PORTS] : [singlePort(port)]
    const layers = [sourceLayer(`cloud sql ${id}`, entries), portLayer('database port', ['tcp'], ports, { source: id, detail: `public IP${str(p, 'publicIp') === undefined ? '' : ` ${str(p, 'publicIp')!}`} (${port ?? 'any port'})` })]
    ctx.sink.addRoute({ node: id, entry: id, kind: 'managed-endpoint', grants: ctx.evaluate(layers), caveats: bool(p, 'requireSsl') === false ? ['SSL not required'] : [] })
  }
}

export function exposeGkeControlPlanes(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const cluster of g.nodesOfKind('gcp.container.cluster')) {
    const p = g.nodeProps(cluster)
    if (bool(p, 'privateEndpoint') === true || p['controlPlanePublic'] === false) continue
    const id = g.nodeId(cluster)
    const enabled = bool(p, 'masterAuthorizedNetworksEnabled') ?? strs(p, 'masterAuthorizedNetworks').length > 0
    const cidrs = [...strs(p, 'masterAuthorizedCidrs'), ...strs(p, 'masterAuthorizedNetworks')]
    const entries = enabled && cidrs.length > 0
      ? cidrs.flatMap((c) => {
          const range = parseCidr(c)
          return range === undefined ? [] : [{ sources: [range], label: c, evidence: { source: id, detail: `master authorized network ${c}` } }]
        })
      : [{ sources: ANY_ADDRESS, label: '*', evidence: { source: id, detail: 'public endpoint without master authorized networks' } }]
    const layers = [sourceLayer(`gke control plane ${id}`, entries), portLayer('kubernetes api', ['tcp'], [singlePort(443)], { source: id, detail: 'Kubernetes API server (443)' })]
    ctx.sink.addRoute({ node: id, entry: id, kind: 'kubernetes-api', grants: ctx.evaluate(layers), caveats: ['the API server still authenticates every request'] })
  }
}

const PUBLIC_MEMBERS = new Set(['allusers', 'allauthenticatedusers'])

function publicBindings(p: JsonObject, roles?: RegExp): { role: string; member: string }[] {
  return objs(p, 'publicBindings').flatMap((b) => {
    const role = str(b, 'role') ?? ''
    const member = str(b, 'member') ?? ''
    return PUBLIC_MEMBERS.has(member.toLowerCase()) && (roles === undefined || roles.test(role)) ? [{ role, member }] : []
  })
}

export function exposeGcpBuckets(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const bucket of g.nodesOfKind('gcp.storage.bucket')) {
    const p = g.nodeProps(bucket)
    if (str(p, 'publicAccessPrevention')?.toLowerCase() === 'enforced') continue
    const id = g.nodeId(bucket)
    const bindings = publicBindings(p)
    const acl = bool(p, 'uniformBucketLevelAccess') === true ? [] : objs(p, 'publicAcl')
    if (bindings.length === 0 && acl.length === 0) continue
    const evidence: Evidence[] = [
      ...bindings.map((b) => ({ source: id, detail: `IAM binding ${b.role} → ${b.member}` })),
      ...acl.map((a) => ({ source: id, detail: `ACL ${str(a, 'role') ?? ''} → ${str(a, 'entity') ?? ''}` })),
    ]
    const grants = ctx.evaluate([sourceLayer(`gcs public ${id}`, [{ sources: ANY_ADDRESS, label: [...new Set([...bindings.map((b) => b.member), ...acl.map((a) => str(a, 'entity') ?? '')])].join(', '), evidence: evidence[0]! }]), portLayer('https', ['tcp'], [singlePort(443)], { source: id, detail: 'Cloud Storage endpoint (443)' })])
    if (!ctx.sink.addRoute({ node: id, entry: id, kind: 'public-bucket', grants, evidence })) continue
    const writes = bindings.some((b) => /admin|creator|objectuser|legacybucketwriter|legacybucketowner/i.test(b.role)) || acl.some((a) => /writer|owner/i.test(str(a, 'role') ?? ''))
    ctx.sink.addPublicAccess(id, {
      access: writes ? ['read', 'write'] : ['read'],
      via: [...(bindings.length > 0 ? ['iam'] : []), ...(acl.length > 0 ? ['acl'] : [])],
      grantees: [...new Set([...bindings.map((b) => b.member), ...acl.map((a) => str(a, 'entity') ?? '')])].sort(),
      roles: [...new Set(bindings.map((b) => b.role))].sort(),
    }, evidence)
  }
}

export function exposeServerless(ctx: ExposureContext): void {
  const g = ctx.graph
  const invoker = /invoker|roles\/run\.admin|roles\/cloudfunctions\.admin|roles\/(owner|editor)$/
  for (const fn of nodesOfKinds(g, 'gcp.run.service', 'gcp.cloudfunctions.function')) {
    const p = g.nodeProps(fn)
    const run = g.nodeKind(fn) === 'gcp.run.service'
    const ingress = (run ? str(p, 'ingress') : str(p, 'ingressSettings'))?.toLowerCase()
    if (ingress !== undefined && ingress !== 'all' && ingress !== 'allow_all') continue
    if (!run && p['isHttpTriggered'] === false) continue
    const bindings = publicBindings(p, invoker)
    if (bindings.length === 0) continue
    const id = g.nodeId(fn)
    const evidence = bindings.map((b) => ({ source: id, detail: `IAM binding ${b.role} → ${b.member}` }))
    const layers = [sourceLayer(`serverless ${id}`, [{ sources: ANY_ADDRESS, label: [...new Set(bindings.map((b) => b.member))].join(', '), evidence: evidence[0]! }]), portLayer('https', ['tcp'], [singlePort(443)], { source: id, detail: `${str(p, 'url') ?? 'HTTPS endpoint'} (ingress ${ingress ?? 'all'})` })]
    ctx.sink.addRoute({ node: id, entry: id, kind: 'serverless', grants: ctx.evaluate(layers), evidence })
  }
}

