/**
 * @module One read of a Kubernetes input: resolves the cluster on the first object, emits the
 * cluster and namespace nodes once, unwraps Lists, maps each object and reports bad ones.
 */
import type { ReadContext } from '../../formats/format-adapter.js'
import type { EdgeInput, JsonValue, NodeInput } from '../../model/graph-types.js'
import { k8sNodeId } from '../ids.js'
import type { ClusterIdentity } from '../shared/cluster-identity.js'
import { resolveCluster } from '../shared/cluster-identity.js'
import { compact, isObject, str } from '../shared/json-values.js'
import { mapK8sObject } from './k8s-normalize.js'
import type { ObjectContext } from './k8s-object.js'
import { namespaceOf, toK8sObject } from './k8s-object.js'

export const LIST_KIND = /^([A-Z][A-Za-z0-9]*)?List$/

export interface ListDefaults {
  readonly apiVersion?: string
  readonly kind?: string
}

/** `PodList` items (raw API responses) carry no kind of their own: the list kind names them. */
export function listDefaults(listKind: string | undefined, apiVersion: string | undefined): ListDefaults {
  const itemKind = listKind === undefined || listKind === 'List' ? undefined : listKind.replace(/List$/, '')
  return compact({ apiVersion, kind: itemKind })
}

export class K8sReadSession {
  private cluster: ClusterIdentity | undefined
  private readonly namespaces = new Set<string>()
  private readonly reported = new Set<string>()
  objects = 0

  constructor(private readonly ctx: ReadContext) {}

  /** Handles one value of the input (an object, or a List whose items are handled in turn). */
  object(raw: JsonValue, location: string, defaults: ListDefaults = {}): void {
    if (!isObject(raw)) {
      this.ctx.issue({ location, kind: 'invalid-record', message: `${location} is not a Kubernetes object`, hint: 'each item must be a JSON/YAML object with apiVersion, kind and metadata' })
      return
    }
    const kind = str(raw.kind)
    if (kind !== undefined && LIST_KIND.test(kind) && Array.isArray(raw.items)) {
      const inner = listDefaults(kind, str(raw.apiVersion))
      raw.items.forEach((item, i) => this.object(item, `${location === '' ? '' : `${location}.`}items[${i}]`, inner))
      return
    }
    const o = toK8sObject(raw, defaults)
    if (typeof o === 'string') {
      this.ctx.issue({ location, kind: 'invalid-record', message: `${location}: ${o}`, hint: 'the object is skipped; the rest of the file is kept' })
      return
    }
    const cluster = this.clusterFor(o.namespace)
    const place = `${location} (${o.kind} ${o.namespace === undefined ? '' : `${o.namespace}/`}${o.name})`
    const octx: ObjectContext = {
      cluster,
      file: this.ctx.file.path,
      location: place,
      issue: (message, hint) => this.issueOnce(place, message, hint),
    }
    const mapped = mapK8sObject(o, octx)
    const nodes: NodeInput[] = [...mapped.nodes]
    const edges: EdgeInput[] = [...mapped.edges]
    const namespace = namespaceOf(o)
    if (namespace !== undefined && !this.namespaces.has(namespace)) {
      this.namespaces.add(namespace)
      const id = k8sNodeId(cluster.name, undefined, 'Namespace', namespace)
      // A stub, so contains-edges resolve when only pods were exported; a real Namespace merges in.
      nodes.push({ id, kind: 'k8s.namespace', family: 'k8s-namespace', provider: 'kubernetes', scope: cluster.nodeId, name: namespace, props: { cluster: cluster.name } })
      edges.push({ from: cluster.nodeId, to: id, kind: 'contains' })
    }
    this.objects++
    this.ctx.emit({ nodes, edges })
  }

  /** Issues whose message repeats (one per node of a cluster) are reported once, at the first place. */
  private issueOnce(location: string, message: string, hint?: string): void {
    if (this.reported.has(message)) return
    this.reported.add(message)
    this.ctx.issue({ location, kind: 'invalid-record', message, ...(hint === undefined ? {} : { hint }) })
  }

  private clusterFor(namespace: string | undefined): ClusterIdentity {
    if (this.cluster !== undefined) return this.cluster
    const cluster = resolveCluster(this.ctx.options.clusterId, this.ctx.file.path, namespace)
    this.cluster = cluster
    const node: NodeInput = {
      id: cluster.nodeId,
      kind: 'k8s.cluster',
      family: 'k8s-cluster',
      provider: 'kubernetes',
      scope: cluster.nodeId,
      name: cluster.name,
      props: compact({ clusterName: cluster.name, nameSource: cluster.nameSource, cloudClusterId: cluster.cloudClusterId, cloud: cluster.cloudProvider }),
    }
    const edges: EdgeInput[] = cluster.cloudClusterId === undefined
      ? []
      : [{ from: cluster.nodeId, to: cluster.cloudClusterId, kind: 'attached-to', props: { via: 'cluster id' }, evidence: [{ source: this.ctx.file.path, detail: 'ScanOptions.clusterId' }] }]
    this.ctx.emit({ nodes: [node], edges })
    return cluster
  }
}
