/** @module Services, ingresses and network policies: what is published, where, and to whom. */
import type { JsonValue } from '../../model/graph-types.js'
import { k8sNodeId } from '../ids.js'
import { arr, compact, num, obj, objects, str, stringMap, strings } from '../shared/json-values.js'
import type { K8sObject, Mapped, ObjectContext } from './k8s-object.js'
import { baseNode, containmentEdge, namespaceOf, objectId } from './k8s-object.js'

function loadBalancerIngress(status: unknown): JsonValue[] {
  return objects(obj(obj(status)?.loadBalancer)?.ingress).map((i) => compact({ ip: str(i.ip), hostname: str(i.hostname) }))
}

export function mapService(o: K8sObject, ctx: ObjectContext): Mapped {
  const spec = obj(o.raw.spec) ?? {}
  const ports = objects(spec.ports).map((p) =>
    compact({
      name: str(p.name),
      protocol: str(p.protocol) ?? 'TCP',
      port: num(p.port),
      targetPort: num(p.targetPort) ?? str(p.targetPort),
      nodePort: num(p.nodePort),
    }),
  )
  const type = str(spec.type) ?? (str(spec.externalName) === undefined ? 'ClusterIP' : 'ExternalName')
  const id = objectId(ctx, o)
  const selector = obj(spec.selector)
  const node = baseNode(ctx, o, 'k8s.service', 'k8s-service', compact({
    type,
    clusterIP: str(spec.clusterIP),
    externalName: str(spec.externalName),
    externalIPs: strings(spec.externalIPs),
    ports,
    nodePorts: objects(spec.ports).map((p) => num(p.nodePort)).filter((p): p is number => p !== undefined),
    loadBalancerSourceRanges: strings(spec.loadBalancerSourceRanges),
    loadBalancerIP: str(spec.loadBalancerIP),
    loadBalancerIngress: loadBalancerIngress(o.raw.status),
    externalTrafficPolicy: str(spec.externalTrafficPolicy),
    // An absent selector means endpoints are managed by hand, not "select everything".
    selector: selector === undefined ? undefined : stringMap(selector),
  }), { spec })
  return { nodes: [node], edges: [containmentEdge(ctx, o, id)] }
}

function backendOf(ctx: ObjectContext, namespace: string | undefined, backend: unknown): JsonValue | undefined {
  const service = obj(obj(backend)?.service)
  const name = str(service?.name) ?? str(obj(backend)?.serviceName)
  if (name === undefined) return undefined
  const port = obj(service?.port)
  return compact({
    service: name,
    serviceId: k8sNodeId(ctx.cluster.name, namespace, 'Service', name),
    port: num(port?.number) ?? str(port?.name) ?? num(obj(backend)?.servicePort) ?? str(obj(backend)?.servicePort),
  })
}

export function mapIngress(o: K8sObject, ctx: ObjectContext): Mapped {
  const spec = obj(o.raw.spec) ?? {}
  const namespace = namespaceOf(o)
  const rules = objects(spec.rules).map((r) =>
    compact({
      host: str(r.host),
      paths: objects(obj(r.http)?.paths).map((p) =>
        compact({ path: str(p.path), pathType: str(p.pathType), backend: backendOf(ctx, namespace, p.backend) }),
      ),
    }),
  )
  const defaultBackend = backendOf(ctx, namespace, spec.defaultBackend ?? spec.backend)
  const backendServices = [
    ...new Set(
      [defaultBackend, ...rules.flatMap((r) => arr(r.paths).map((p) => obj(p)?.backend))]
        .map((b) => str(obj(b)?.serviceId))
        .filter((s): s is string => s !== undefined),
    ),
  ]
  const id = objectId(ctx, o)
  const node = baseNode(ctx, o, 'k8s.ingress', 'ingress', compact({
    ingressClassName: str(spec.ingressClassName) ?? stringMap(o.metadata.annotations)['kubernetes.io/ingress.class'],
    hosts: rules.map((r) => str(r.host)).filter((h): h is string => h !== undefined),
    tls: objects(spec.tls).map((t) => compact({ hosts: strings(t.hosts), secretName: str(t.secretName) })),
    rules,
    defaultBackend,
    backendServices,
    loadBalancerIngress: loadBalancerIngress(o.raw.status),
  }), { spec })
  return { nodes: [node], edges: [containmentEdge(ctx, o, id)] }
}

export function mapNetworkPolicy(o: K8sObject, ctx: ObjectContext): Mapped {
  const spec = obj(o.raw.spec) ?? {}
  const ingress = objects(spec.ingress)
  const egress = objects(spec.egress)
  const declared = strings(spec.policyTypes)
  // Without policyTypes, Ingress always applies and Egress only when egress rules exist.
  const policyTypes = declared.length > 0 ? declared : ['Ingress', ...(egress.length > 0 ? ['Egress'] : [])]
  const id = objectId(ctx, o)
  const node = baseNode(ctx, o, 'k8s.networkpolicy', 'network-security-group', {
    podSelector: obj(spec.podSelector) ?? {},
    policyTypes,
    ingress,
    egress,
    ipBlocks: [...ingress.flatMap((r) => objects(r.from)), ...egress.flatMap((r) => objects(r.to))]
      .map((peer) => str(obj(peer.ipBlock)?.cidr))
      .filter((c): c is string => c !== undefined),
  }, { spec })
  return { nodes: [node], edges: [containmentEdge(ctx, o, id)] }
}
