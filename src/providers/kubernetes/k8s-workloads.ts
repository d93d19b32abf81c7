/** @module Pods and workload controllers: pod facts, containers, images, node, service account, owners. */
import type { EdgeInput, JsonObject, NodeInput } from '../../model/graph-types.js'
import { k8sNodeId } from '../ids.js'
import { imageIdentity, imageRefText } from '../shared/image-ref.js'
import type { ImageRef } from '../shared/image-ref.js'
import { bool, compact, num, obj, str, stringMap } from '../shared/json-values.js'
import type { K8sObject, Mapped, ObjectContext } from './k8s-object.js'
import { baseNode, containmentEdge, edge, namespaceOf, objectId, ownerEdges } from './k8s-object.js'
import type { PodImage, PodSpecFacts } from './k8s-pod-spec.js'
import { normalizePodSpec, redactEnvValues } from './k8s-pod-spec.js'

export function imageNode(ref: ImageRef, id: string, provider: 'kubernetes' | 'scanner' = 'kubernetes', aliases: readonly string[] = []): NodeInput {
  return {
    id,
    kind: 'container.image',
    family: 'container-image',
    provider,
    name: imageRefText(ref),
    props: compact({ repository: ref.repository, tag: ref.tag, digest: ref.digest }),
    ...(aliases.length > 0 ? { aliases } : {}),
  }
}

/**
 * One image node per image (tag id, digest ids as aliases: shared/image-ref.ts) and one `is-running` edge
 * to it, naming the containers that run it and where the reference was read.
 */
function imageLinks(ctx: ObjectContext, from: string, images: readonly PodImage[]): Mapped {
  const byId = new Map<string, { ref: ImageRef; aliases: Set<string>; containers: Set<string>; via: Set<string> }>()
  for (const image of images) {
    const { id, aliases } = imageIdentity(image.ref, image.runtime === undefined ? [] : [image.runtime])
    const digest = image.ref.digest ?? image.runtime?.digest
    const entry = byId.get(id) ?? { ref: digest === undefined ? image.ref : { ...image.ref, digest }, aliases: new Set<string>(), containers: new Set<string>(), via: new Set<string>() }
    for (const alias of aliases) entry.aliases.add(alias)
    entry.containers.add(image.container)
    entry.via.add(image.via)
    if (image.runtime !== undefined) entry.via.add('status.imageID')
    byId.set(id, entry)
  }
  const nodes: NodeInput[] = []
  const edges: EdgeInput[] = []
  for (const [id, entry] of byId) {
    nodes.push(imageNode(entry.ref, id, 'kubernetes', [...entry.aliases]))
    edges.push(edge(ctx, from, id, 'is-running', { containers: [...entry.containers], via: [...entry.via] }))
  }
  return { nodes, edges }
}

function serviceAccountEdge(ctx: ObjectContext, o: K8sObject, from: string, facts: PodSpecFacts): EdgeInput {
  const to = k8sNodeId(ctx.cluster.name, namespaceOf(o), 'ServiceAccount', facts.serviceAccountName)
  return edge(ctx, from, to, 'can-authenticate-as', compact({ automountServiceAccountToken: bool(facts.props.automountServiceAccountToken) }), 'spec.serviceAccountName')
}

export function mapPod(o: K8sObject, ctx: ObjectContext): Mapped {
  const spec = obj(o.raw.spec) ?? {}
  const status = obj(o.raw.status)
  const facts = normalizePodSpec(spec, status)
  const id = objectId(ctx, o)
  const node = baseNode(ctx, o, 'k8s.pod', 'pod', {
    ...facts.props,
    ...compact({ phase: str(status?.phase), podIP: str(status?.podIP), hostIP: str(status?.hostIP), qosClass: str(status?.qosClass) }),
  }, { spec: facts.config })
  const nodes: NodeInput[] = [node]
  const edges: EdgeInput[] = [containmentEdge(ctx, o, id), ...ownerEdges(ctx, o, id), serviceAccountEdge(ctx, o, id, facts)]
  const nodeName = str(spec.nodeName)
  if (nodeName !== undefined) edges.push(edge(ctx, id, k8sNodeId(ctx.cluster.name, undefined, 'Node', nodeName), 'runs-on', undefined, 'spec.nodeName'))
  for (const c of facts.containers) {
    const name = str(c.name) ?? ''
    const containerId = k8sNodeId(ctx.cluster.name, namespaceOf(o), 'Container', `${o.name}/${name}`)
    nodes.push({
      id: containerId,
      kind: 'k8s.container',
      family: 'container',
      provider: 'kubernetes',
      scope: ctx.cluster.nodeId,
      name: `${namespaceOf(o) ?? ''}/${o.name}/${name}`,
      props: { ...c, pod: id },
    })
    edges.push(edge(ctx, id, containerId, 'contains'))
  }
  const images = imageLinks(ctx, id, facts.images)
  return { nodes: [...nodes, ...images.nodes], edges: [...edges, ...images.edges] }
}

/** Where each controller keeps its pod template. */
function templateOf(o: K8sObject): JsonObject | undefined {
  const spec = obj(o.raw.spec)
  if (o.kind === 'CronJob') return obj(obj(obj(spec?.jobTemplate)?.spec)?.template)
  return obj(spec?.template)
}

export const WORKLOAD_KINDS: Readonly<Record<string, string>> = {
  Deployment: 'k8s.deployment',
  StatefulSet: 'k8s.statefulset',
  DaemonSet: 'k8s.daemonset',
  ReplicaSet: 'k8s.replicaset',
  ReplicationController: 'k8s.replicationcontroller',
  Job: 'k8s.job',
  CronJob: 'k8s.cronjob',
}

export function mapWorkload(o: K8sObject, ctx: ObjectContext): Mapped {
  const spec = obj(o.raw.spec) ?? {}
  const template = templateOf(o)
  const facts = normalizePodSpec(obj(template?.spec) ?? {})
  const id = objectId(ctx, o)
  const selector = obj(spec.selector)
  const status = obj(o.raw.status)
  const node = baseNode(ctx, o, WORKLOAD_KINDS[o.kind] ?? `k8s.${o.kind.toLowerCase()}`, 'k8s-workload', compact({
    replicas: num(spec.replicas),
    readyReplicas: num(status?.readyReplicas),
    selector: selector === undefined ? undefined : { ...stringMap(selector.matchLabels) },
    schedule: str(spec.schedule),
    suspend: bool(spec.suspend),
    templateLabels: stringMap(obj(template?.metadata)?.labels),
    podTemplate: template === undefined ? undefined : facts.props,
  }), { spec: redactEnvValues(spec) })
  const edges: EdgeInput[] = [containmentEdge(ctx, o, id), ...ownerEdges(ctx, o, id)]
  if (template !== undefined) {
    const sa = serviceAccountEdge(ctx, o, id, facts)
    edges.push({ ...sa, props: { ...sa.props, via: 'podTemplate' } })
  }
  const images = imageLinks(ctx, id, facts.images)
  return { nodes: [node, ...images.nodes], edges: [...edges, ...images.edges] }
}
