/**
 * @module Kubernetes: Services of type LoadBalancer (unless annotated internal or given a private
 * address; `loadBalancerSourceRanges` narrow them), NodePorts and host ports (reachable only where
 * the nodes' cloud VMs are exposed on that port), and Ingresses (public load balancer address,
 * internet-facing class or annotation, or an exposed ingress controller Service), down to the pods
 * (and controllers) the Services select. Runs after the cloud walks, whose VM routes it reads.
 */
import type { Evidence, JsonObject } from '../../model/graph-types.js'
import type { ExposureContext } from './exposure-context.js'
import type { ExposureRoute, RouteLink } from './exposure-sink.js'
import type { FilterRule, Grant, Layer, Proto } from './filter-layers.js'
import { restrictGrants } from './filter-layers.js'
import { linked, nodesOfKinds, pushTo } from './graph-walk.js'
import { ANY_ADDRESS, parseCidr, parseIp } from './ip-range.js'
import type { IpRange } from './ip-range.js'
import { isPrivateOnly } from './internet-space.js'
import { mergePorts, portsContain, singlePort } from './port-range.js'
import { num, obj, objs, str, strs } from './props.js'
import { filterRule, protocolsOf, sourceLayer } from './rules.js'

const INTERNAL_ANNOTATIONS: readonly (readonly [string, RegExp])[] = [
  ['service.beta.kubernetes.io/aws-load-balancer-internal', /^(true|0\.0\.0\.0\/0)$/i],
  ['service.beta.kubernetes.io/aws-load-balancer-scheme', /^internal$/i],
  ['service.beta.kubernetes.io/azure-load-balancer-internal', /^true$/i],
  ['networking.gke.io/load-balancer-type', /^internal$/i],
  ['cloud.google.com/load-balancer-type', /^internal$/i],
  ['service.beta.kubernetes.io/oci-load-balancer-internal', /^true$/i],
]
const SOURCE_RANGE_ANNOTATIONS = [
  'service.beta.kubernetes.io/load-balancer-source-ranges',
  'nginx.ingress.kubernetes.io/whitelist-source-range',
  'nginx.ingress.kubernetes.io/allowlist-source-range',
  'alb.ingress.kubernetes.io/inbound-cidrs',
]
const WORKLOAD_KINDS = ['k8s.deployment', 'k8s.statefulset', 'k8s.daemonset', 'k8s.replicationcontroller']

interface ServicePort {
  readonly name?: string
  readonly protocols: readonly Proto[]
  readonly port?: number
  readonly targetPort?: number | string
  readonly nodePort?: number
}

const annotations = (props: JsonObject): JsonObject => obj(props, 'annotations') ?? {}

function servicePorts(props: JsonObject): ServicePort[] {
  return objs(props, 'ports').flatMap((p) => {
    const protocols = protocolsOf(str(p, 'protocol') ?? 'tcp')
    if (protocols.length === 0) return []
    const target = num(p, 'targetPort') ?? str(p, 'targetPort')
    const port = num(p, 'port')
    const nodePort = num(p, 'nodePort')
    const name = str(p, 'name')
    return [{ protocols, ...(name === undefined ? {} : { name }), ...(port === undefined ? {} : { port }), ...(target === undefined ? {} : { targetPort: target }), ...(nodePort === undefined ? {} : { nodePort }) }]
  })
}

/** Source ranges declared on a Service or Ingress (spec field or annotation), with the evidence. */
function declaredRanges(id: string, props: JsonObject): { sources: IpRange[]; label: string; evidence: Evidence }[] {
  const fromSpec = strs(props, 'loadBalancerSourceRanges').map((r) => ({ r, where: 'spec.loadBalancerSourceRanges' }))
  const fromAnnotations = SOURCE_RANGE_ANNOTATIONS.flatMap((key) =>
    (str(annotations(props), key) ?? '').split(',').map((r) => r.trim()).filter((r) => r !== '').map((r) => ({ r, where: key })),
  )
  return [...fromSpec, ...fromAnnotations].flatMap(({ r, where }) => {
    const range = parseCidr(r)
    return range === undefined ? [] : [{ sources: [range], label: r, evidence: { source: id, detail: `${where}: ${r}` } }]
  })
}

function sourcesLayer(id: string, props: JsonObject, what: string): Layer {
  const declared = declaredRanges(id, props)
  return declared.length > 0
    ? sourceLayer(`k8s sources ${id}`, declared)
    : sourceLayer(`k8s sources ${id} any`, [{ sources: ANY_ADDRESS, label: '*', evidence: { source: id, detail: `${what} without source ranges` } }])
}

function portsLayer(id: string, ports: readonly { protocols: readonly Proto[]; port: number; label: string }[]): Layer {
  const rules: FilterRule[] = ports.map((p) => filterRule('allow', p.protocols, [singlePort(p.port)], ANY_ADDRESS, { source: id, detail: p.label }))
  return { name: `k8s ports ${id} ${ports.map((p) => `${p.protocols.join('+')}:${p.port}`).join(',')}`, rules }
}

const matches = (selector: JsonObject, labels: Readonly<Record<string, unknown>>): boolean =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels[key] === value)

export class KubernetesExposure {
  private readonly podsByNamespace = new Map<string, number[]>()
  private readonly workloadsByNamespace = new Map<string, number[]>()
  private readonly serviceGrants = new Map<string, Grant[]>()
  private readonly nodesByCluster = new Map<string, number[]>()

  constructor(private readonly ctx: ExposureContext) {
    const g = ctx.graph
    const key = (node: number): string => `${g.nodeScope(node)}|${str(g.nodeProps(node), 'namespace') ?? ''}`
    for (const pod of g.nodesOfKind('k8s.pod')) pushTo(this.podsByNamespace, key(pod), pod)
    for (const w of nodesOfKinds(g, ...WORKLOAD_KINDS)) pushTo(this.workloadsByNamespace, key(w), w)
    for (const node of g.nodesOfKind('k8s.node')) pushTo(this.nodesByCluster, g.nodeScope(node), node)
  }

  run(): void {
    const g = this.ctx.graph
    for (const service of g.nodesOfKind('k8s.service')) {
      const props = g.nodeProps(service)
      if (str(props, 'type') === 'LoadBalancer') this.loadBalancer(service)
      if (str(props, 'type') === 'LoadBalancer' || str(props, 'type') === 'NodePort') this.nodePorts(service)
    }
    for (const ingress of g.nodesOfKind('k8s.ingress')) this.ingress(ingress)
    this.hostPorts()
  }

  /** Pods and controllers a Service selects, each with the port its target port resolves to. */
  private backends(service: number): { node: number; targetPort: (p: ServicePort) => number | undefined }[] {
    const g = this.ctx.graph
    const props = g.nodeProps(service)
    const selector = obj(props, 'selector')
    if (selector === undefined) return []
    const key = `${g.nodeScope(service)}|${str(props, 'namespace') ?? ''}`
    const resolve = (containers: JsonObject[]) => (p: ServicePort): number | undefined => {
      if (typeof p.targetPort === 'number') return p.targetPort
      if (typeof p.targetPort === 'string') {
        const named = containers.flatMap((c) => objs(c, 'ports')).find((port) => str(port, 'name') === p.targetPort)
        return num(named, 'containerPort')
      }
      return p.port
    }
    const pods = (this.podsByNamespace.get(key) ?? []).filter((pod) => matches(selector, g.nodeTags(pod)))
    const workloads = (this.workloadsByNamespace.get(key) ?? []).filter((w) => matches(selector, obj(g.nodeProps(w), 'templateLabels') ?? {}))
    return [
      ...pods.map((pod) => ({ node: pod, targetPort: resolve(objs(g.nodeProps(pod), 'containers')) })),
      ...workloads.map((w) => ({ node: w, targetPort: resolve(objs(obj(g.nodeProps(w), 'podTemplate'), 'containers')) })),
    ]
  }

  /** Routes to the Service's backends, reached through `entry` on the Service's ports. */
  private exposeBackends(service: number, route: Omit<ExposureRoute, 'node' | 'targetPorts'>, ports: readonly ServicePort[], inbound: readonly RouteLink[]): void {
    const g = this.ctx.graph
    const serviceId = g.nodeId(service)
    for (const backend of this.backends(service)) {
      const targetPorts = mergePorts(ports.flatMap((p) => {
        const port = backend.targetPort(p)
        return port === undefined ? [] : [singlePort(port)]
      }))
      const protocols = [...new Set(ports.flatMap((p) => p.protocols))]
      const link: RouteLink = { from: serviceId, to: g.nodeId(backend.node), ports: targetPorts, protocols, evidence: [{ source: serviceId, detail: `selector matches ${g.nodeName(backend.node)}` }] }
      this.ctx.sink.addRoute({
        ...route,
        node: g.nodeId(backend.node),
        via: [...(route.via ?? []), serviceId],
        ...(targetPorts.length === 0 ? {} : { targetPorts }),
        links: [...inbound, link],
      })
    }
  }

  private isInternal(props: JsonObject): boolean {
    const notes = annotations(props)
    if (INTERNAL_ANNOTATIONS.some(([key, value]) => value.test(str(notes, key) ?? ''))) return true
    const ingress = objs(props, 'loadBalancerIngress')
    const ips = ingress.flatMap((i) => str(i, 'ip') ?? []).flatMap((ip) => {
      const parsed = parseIp(ip)
      return parsed === undefined ? [] : [{ v6: parsed.v6, start: parsed.value, end: parsed.value }]
    })
    const hostnames = ingress.flatMap((i) => str(i, 'hostname') ?? [])
    return ips.length > 0 && hostnames.length === 0 && ips.every(isPrivateOnly)
  }

  private loadBalancer(service: number): void {
    const g = this.ctx.graph
    const props = g.nodeProps(service)
    if (this.isInternal(props)) return
    const id = g.nodeId(service)
    const ports = servicePorts(props).filter((p) => p.port !== undefined)
    if (ports.length === 0) return
    const addresses = objs(props, 'loadBalancerIngress').map((i) => str(i, 'ip') ?? str(i, 'hostname') ?? '').filter((a) => a !== '')
    const layers = [sourcesLayer(id, props, 'LoadBalancer Service'), portsLayer(id, ports.map((p) => ({ protocols: p.protocols, port: p.port!, label: `Service port ${p.name ?? p.port!} (${p.protocols.join('/')} ${p.port!})` })))]
    const grants = this.ctx.evaluate(layers)
    const evidence: Evidence[] = [{ source: id, detail: `type LoadBalancer${addresses.length === 0 ? '' : ` at ${addresses.join(', ')}`}` }]
    const caveats = addresses.length === 0 ? ['no load balancer address in the export: provisioning assumed'] : []
    if (!this.ctx.sink.addRoute({ node: id, entry: id, kind: 'kubernetes-service', grants, evidence, caveats })) return
    this.serviceGrants.set(id, grants)
    this.exposeBackends(service, { entry: id, kind: 'kubernetes-service', grants, evidence, caveats }, ports, [])
  }

  /** Grants of the cluster's nodes' VMs on a port (directly, or through a cloud load balancer targeting it). */
  private nodeGrants(scope: string, port: number, protocols: readonly Proto[]): { grants: Grant[]; via: string[] } {
    const g = this.ctx.graph
    const grants: Grant[] = []
    const via: string[] = []
    for (const node of this.nodesByCluster.get(scope) ?? []) {
      for (const vm of linked(g, node, 'out', 'runs-on')) {
        const vmId = g.nodeId(vm)
        for (const route of this.ctx.sink.routesOf(vmId)) {
          const reached = route.targetPorts === undefined
            ? restrictGrants(route.grants, [singlePort(port)], protocols)
            : portsContain(route.targetPorts, port) ? route.grants.filter((gr) => protocols.includes(gr.protocol)) : []
          if (reached.length === 0) continue
          grants.push(...reached)
          via.push(g.nodeId(node), vmId, ...(route.entry === vmId ? [] : [route.entry]))
        }
      }
    }
    return { grants, via: [...new Set(via)] }
  }

  private nodePorts(service: number): void {
    const g = this.ctx.graph
    const props = g.nodeProps(service)
    const id = g.nodeId(service)
    for (const port of servicePorts(props)) {
      if (port.nodePort === undefined) continue
      const { grants, via } = this.nodeGrants(g.nodeScope(service), port.nodePort, port.protocols)
      if (grants.length === 0) continue
      const evidence: Evidence[] = [{ source: id, detail: `NodePort ${port.nodePort} on every node; node VMs reachable on it` }]
      this.ctx.sink.addRoute({ node: id, entry: id, kind: 'node-port', grants, via, evidence, targetPorts: [singlePort(port.nodePort)] })
      this.exposeBackends(service, { entry: id, kind: 'node-port', grants, via, evidence }, [port], [])
    }
  }

  private ingressExposure(ingress: number): { grants: Grant[]; evidence: Evidence[]; via: string[] } | undefined {
    const g = this.ctx.graph
    const props = g.nodeProps(ingress)
    const id = g.nodeId(ingress)
    const notes = annotations(props)
    const klass = (str(props, 'ingressClassName') ?? str(notes, 'kubernetes.io/ingress.class') ?? '').toLowerCase()
    const scheme = str(notes, 'alb.ingress.kubernetes.io/scheme')?.toLowerCase()
    const ports = [{ protocols: ['tcp'] as Proto[], port: 80, label: 'HTTP (80)' }, ...(objs(props, 'tls').length > 0 ? [{ protocols: ['tcp'] as Proto[], port: 443, label: 'HTTPS (443)' }] : [])]
    const layers = [sourcesLayer(id, props, 'Ingress'), portsLayer(id, ports)]
    const addresses = objs(props, 'loadBalancerIngress')
    if (scheme === 'internal' || klass === 'gce-internal') return undefined
    if (addresses.length > 0) {
      if (this.isInternal(props)) return undefined
      const shown = addresses.map((a) => str(a, 'ip') ?? str(a, 'hostname') ?? '').join(', ')
      return { grants: this.ctx.evaluate(layers), evidence: [{ source: id, detail: `load balancer address ${shown}` }], via: [] }
    }
    if (scheme === 'internet-facing' || klass === 'gce') {
      return { grants: this.ctx.evaluate(layers), evidence: [{ source: id, detail: scheme === undefined ? `ingress class ${klass} (external by default)` : 'alb.ingress.kubernetes.io/scheme: internet-facing' }], via: [] }
    }
    // An ingress controller published by an exposed Service of the cluster carries the Ingress.
    const controllers = [...this.serviceGrants.keys()].filter((svc) => {
      const index = g.indexOf(svc)!
      if (g.nodeScope(index) !== g.nodeScope(ingress)) return false
      const text = `${g.nodeName(index)} ${Object.values(g.nodeTags(index)).join(' ')}`.toLowerCase()
      return text.includes('ingress') || (klass !== '' && text.includes(klass))
    })
    if (controllers.length === 0) return undefined
    const grants = restrictGrants(controllers.flatMap((c) => this.serviceGrants.get(c) ?? []), ports.map((p) => singlePort(p.port)))
    const sourced = this.ctx.evaluate(layers)
    const allowed = grants.filter((gr) => sourced.some((s) => s.protocol === gr.protocol && s.source.v6 === gr.source.v6 && s.source.start <= gr.source.end && gr.source.start <= s.source.end))
    return { grants: allowed, evidence: [{ source: id, detail: `served by the exposed ingress controller ${controllers.map((c) => g.nodeName(g.indexOf(c)!)).join(', ')}` }], via: controllers }
  }

  private ingress(ingress: number): void {
    const g = this.ctx.graph
    const id = g.nodeId(ingress)
    const exposure = this.ingressExposure(ingress)
    if (exposure === undefined) return
    const { grants, evidence, via } = exposure
    if (!this.ctx.sink.addRoute({ node: id, entry: id, kind: 'kubernetes-ingress', grants, evidence, via })) return
    const props = g.nodeProps(ingress)
    const backends = [
      ...objs(props, 'rules').flatMap((r) => objs(r, 'paths').flatMap((p) => objs(p, 'backend'))),
      ...objs(props, 'defaultBackend'),
    ]
    const byService = new Map<string, (number | string)[]>()
    for (const b of backends) {
      const svc = str(b, 'serviceId')
      if (svc === undefined) continue
      const port = num(b, 'port') ?? str(b, 'port')
      if (!byService.has(svc)) byService.set(svc, [])
      if (port !== undefined) pushTo(byService, svc, port)
    }
    for (const svc of strs(props, 'backendServices')) if (!byService.has(svc)) byService.set(svc, [])
    for (const [svc, wanted] of [...byService].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const service = g.indexOf(svc)
      if (service === undefined) continue
      const ports = servicePorts(g.nodeProps(service)).filter((p) => wanted.length === 0 || wanted.includes(p.port ?? -1) || (p.name !== undefined && wanted.includes(p.name)))
      const servicePortRanges = ports.flatMap((p) => (p.port === undefined ? [] : [singlePort(p.port)]))
      const link: RouteLink = { from: id, to: svc, ports: servicePortRanges, protocols: ['tcp'], evidence: [{ source: id, detail: `backend service ${g.nodeName(service)}` }] }
      this.ctx.sink.addRoute({ node: svc, entry: id, kind: 'kubernetes-ingress', grants, evidence, via: [...via, id], links: [link], targetPorts: servicePortRanges })
      this.exposeBackends(service, { entry: id, kind: 'kubernetes-ingress', grants, evidence, via: [...via, id] }, ports, [link])
    }
  }

  /** Pods with host ports (or the host network) answer on their node's addresses. */
  private hostPorts(): void {
    const g = this.ctx.graph
    for (const pod of g.nodesOfKind('k8s.pod')) {
      const props = g.nodeProps(pod)
      const hostNetwork = props['hostNetwork'] === true
      const ports = objs(props, 'containers').flatMap((c) => objs(c, 'ports')).flatMap((p) => {
        const port = hostNetwork ? (num(p, 'hostPort') ?? num(p, 'containerPort')) : num(p, 'hostPort')
        return port === undefined ? [] : [{ port, protocols: protocolsOf(str(p, 'protocol') ?? 'tcp') }]
      })
      if (ports.length === 0) continue
      const id = g.nodeId(pod)
      for (const node of linked(g, pod, 'out', 'runs-on', 'k8s.node')) {
        for (const vm of linked(g, node, 'out', 'runs-on')) {
          const vmId = g.nodeId(vm)
          const direct = this.ctx.sink.routesOf(vmId).filter((r) => r.targetPorts === undefined)
          const grants = direct.flatMap((r) => ports.flatMap((p) => restrictGrants(r.grants, [singlePort(p.port)], p.protocols)))
          if (grants.length === 0) continue
          this.ctx.sink.addRoute({
            node: id,
            entry: vmId,
            kind: 'host-port',
            grants,
            via: [g.nodeId(node)],
            evidence: [{ source: id, detail: hostNetwork ? 'pod uses the host network' : 'container hostPort' }],
            links: [{ from: vmId, to: id, ports: mergePorts(ports.map((p) => singlePort(p.port))), protocols: [...new Set(ports.flatMap((p) => p.protocols))] }],
          })
        }
      }
    }
  }
}

export function exposeKubernetes(ctx: ExposureContext): void {
  new KubernetesExposure(ctx).run()
}

