/**
 * @module Service → the pods its selector picks (`routes-traffic-to`, with the target ports resolved
 * against the pods' named container ports). Ingestion keeps the selector as a prop and links nothing:
 * selectors are evaluated here, once, over the pods of the same namespace.
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { JsonObject } from '../../model/graph-types.js'
import type { DerivationSink } from '../cloud-permissions/derivation-sink.js'
import { nodeEvidence } from '../cloud-permissions/graph-walk.js'
import { num, obj, objects, str } from '../cloud-permissions/json-read.js'

const key = (cluster: string, namespace: string, label: string, value: string): string => `${cluster}/${namespace}/${label}=${value}`

/** Container port named `name` in a pod (a service's `targetPort: http`). */
function namedPort(pod: JsonObject, name: string): number | undefined {
  for (const container of objects(pod['containers'])) {
    for (const port of objects(container['ports'])) if (str(port['name']) === name) return num(port['containerPort'])
  }
  return undefined
}

function portsFor(service: JsonObject, pod: JsonObject): { ports: string[]; protocol: string } {
  const ports = new Set<string>()
  const protocols = new Set<string>()
  for (const port of objects(service['ports'])) {
    const target = port['targetPort']
    const resolved = typeof target === 'number' ? target : typeof target === 'string' ? namedPort(pod, target) ?? Number(target) : num(port['port'])
    if (resolved !== undefined && Number.isFinite(resolved)) ports.add(String(resolved))
    protocols.add((str(port['protocol']) ?? 'TCP').toLowerCase())
  }
  const protocol = protocols.size === 1 ? [...protocols][0]! : '*'
  return { ports: [...ports].sort((a, b) => Number(a) - Number(b)), protocol: protocol === 'tcp' || protocol === 'udp' ? protocol : '*' }
}

export function linkServicesToPods(graph: GraphView, sink: DerivationSink): number {
  const services = graph.nodesOfKind('k8s.service')
  if (services.length === 0) return 0
  // Pods by one label pair; the other selector entries are checked per candidate.
  const byLabel = new Map<string, number[]>()
  for (const pod of graph.nodesOfKind('k8s.pod')) {
    const props = graph.nodeProps(pod)
    const cluster = str(props['cluster'])
    const namespace = str(props['namespace'])
    if (cluster === undefined || namespace === undefined) continue
    for (const [label, value] of Object.entries(graph.nodeTags(pod))) {
      const k = key(cluster, namespace, label, value)
      const list = byLabel.get(k)
      if (list === undefined) byLabel.set(k, [pod])
      else list.push(pod)
    }
  }
  let links = 0
  for (const service of services) {
    const props = graph.nodeProps(service)
    const selector = obj(props['selector'])
    const cluster = str(props['cluster'])
    const namespace = str(props['namespace'])
    // An absent or empty selector selects nothing: endpoints are managed by hand.
    if (selector === undefined || cluster === undefined || namespace === undefined) continue
    const entries = Object.entries(selector).filter((e): e is [string, string] => typeof e[1] === 'string')
    if (entries.length === 0) continue
    const [first, ...rest] = entries
    for (const pod of byLabel.get(key(cluster, namespace, first![0], first![1])) ?? []) {
      const labels = graph.nodeTags(pod)
      if (!rest.every(([k, v]) => labels[k] === v)) continue
      const { ports, protocol } = portsFor(props, graph.nodeProps(pod))
      const text = entries.map(([k, v]) => `${k}=${v}`).join(',')
      sink.edge(service, pod, 'routes-traffic-to', { ports, protocol, via: 'selector' }, nodeEvidence(graph, service, `spec.selector ${text}`))
      links++
    }
  }
  return links
}
