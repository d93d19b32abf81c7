/** @module One Kubernetes object as the mappers see it, plus the node/edge scaffolding they share. */
import type { EdgeInput, Evidence, JsonObject, JsonValue, NodeInput } from '../../model/graph-types.js'
import type { EdgeKind, Family } from '../../model/vocabulary.js'
import { k8sNodeId } from '../ids.js'
import type { ClusterIdentity } from '../shared/cluster-identity.js'
import { compact, isObject, obj, objects, str, stringMap } from '../shared/json-values.js'

export interface K8sObject {
  readonly apiVersion: string
  readonly kind: string
  readonly name: string
  readonly namespace?: string
  readonly raw: JsonObject
  readonly metadata: JsonObject
}

export interface ObjectContext {
  readonly cluster: ClusterIdentity
  readonly file: string
  /** Place in the file, e.g. `items[3]` or `document 2 (line 14)`. */
  readonly location: string
  issue(message: string, hint?: string): void
}

export interface Mapped {
  readonly nodes: NodeInput[]
  readonly edges: EdgeInput[]
}

/** Reads the identifying fields; returns an error sentence when the object cannot be keyed. */
export function toK8sObject(raw: JsonObject, defaults: { apiVersion?: string; kind?: string } = {}): K8sObject | string {
  const kind = str(raw.kind) ?? defaults.kind
  const apiVersion = str(raw.apiVersion) ?? defaults.apiVersion ?? ''
  if (kind === undefined) return 'the object has no kind'
  const metadata = obj(raw.metadata)
  const name = str(metadata?.name) ?? str(metadata?.generateName)
  if (metadata === undefined || name === undefined) return `the ${kind} has no metadata.name`
  const namespace = str(metadata.namespace)
  return { apiVersion, kind, name, raw, metadata, ...(namespace === undefined ? {} : { namespace }) }
}

export const CLUSTER_SCOPED_KINDS = new Set([
  'Namespace', 'Node', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass',
  'CustomResourceDefinition', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
  'PriorityClass', 'IngressClass', 'APIService', 'CSIDriver', 'RuntimeClass', 'PodSecurityPolicy',
])

/** Namespaced kinds written without a namespace (plain manifests) live in `default`, as kubectl applies them. */
export function namespaceOf(o: K8sObject): string | undefined {
  if (CLUSTER_SCOPED_KINDS.has(o.kind)) return undefined
  return o.namespace ?? 'default'
}

export const objectId = (ctx: ObjectContext, o: K8sObject): string =>
  k8sNodeId(ctx.cluster.name, namespaceOf(o), o.kind, o.name)

export const namespaceNodeId = (ctx: ObjectContext, namespace: string): string =>
  k8sNodeId(ctx.cluster.name, undefined, 'Namespace', namespace)

export const evidenceOf = (ctx: ObjectContext, detail?: string): Evidence[] => [
  { source: ctx.file, location: ctx.location, ...(detail === undefined ? {} : { detail }) },
]

export function edge(ctx: ObjectContext, from: string, to: string, kind: EdgeKind, props?: JsonObject, detail?: string): EdgeInput {
  return { from, to, kind, ...(props === undefined ? {} : { props }), evidence: evidenceOf(ctx, detail) }
}

/** Annotations that are safe and small: the last-applied manifest (which repeats Secret data) is dropped. */
function keptAnnotations(metadata: JsonObject): Record<string, string> {
  const all = stringMap(metadata.annotations)
  delete all['kubectl.kubernetes.io/last-applied-configuration']
  return all
}

function ownerReferences(metadata: JsonObject): JsonValue[] {
  return objects(metadata.ownerReferences).map((ref) =>
    compact({ kind: str(ref.kind), name: str(ref.name), uid: str(ref.uid), controller: ref.controller ?? undefined }),
  )
}

export function baseNode(
  ctx: ObjectContext,
  o: K8sObject,
  kind: string,
  family: Family,
  props: JsonObject,
  config: JsonValue | undefined,
): NodeInput {
  const namespace = namespaceOf(o)
  const annotations = keptAnnotations(o.metadata)
  return {
    id: objectId(ctx, o),
    kind,
    family,
    provider: 'kubernetes',
    scope: ctx.cluster.nodeId,
    name: namespace === undefined ? o.name : `${namespace}/${o.name}`,
    tags: stringMap(o.metadata.labels),
    props: compact({
      cluster: ctx.cluster.name,
      namespace,
      k8sKind: o.kind,
      apiVersion: o.apiVersion,
      uid: str(o.metadata.uid),
      createdAt: str(o.metadata.creationTimestamp),
      annotations: Object.keys(annotations).length > 0 ? annotations : undefined,
      ownerReferences: isObject(o.metadata) && Array.isArray(o.metadata.ownerReferences) ? ownerReferences(o.metadata) : undefined,
      ...props,
      config,
    }),
    provenance: [{ file: ctx.file, format: 'kubernetes', location: ctx.location }],
  }
}

/** `contains` from the namespace (or the cluster, for cluster-scoped kinds) to the object. */
export function containmentEdge(ctx: ObjectContext, o: K8sObject, id: string): EdgeInput {
  const namespace = namespaceOf(o)
  return edge(ctx, namespace === undefined ? ctx.cluster.nodeId : namespaceNodeId(ctx, namespace), id, 'contains')
}

const CONTROLLER_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicationController'])

/** `maintains` from each controller named in ownerReferences to the object it owns. */
export function ownerEdges(ctx: ObjectContext, o: K8sObject, id: string): EdgeInput[] {
  const namespace = namespaceOf(o)
  return objects(o.metadata.ownerReferences)
    .filter((ref) => CONTROLLER_KINDS.has(str(ref.kind) ?? '') && str(ref.name) !== undefined)
    .map((ref) =>
      edge(ctx, k8sNodeId(ctx.cluster.name, namespace, str(ref.kind)!, str(ref.name)!), id, 'maintains', undefined, 'metadata.ownerReferences'),
    )
}
