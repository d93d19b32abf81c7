/** @module Nodes (with the hop to their cloud VM) and namespaces. */
import type { EdgeInput } from '../../model/graph-types.js'
import { bool, compact, obj, objects, str, stringMap } from '../shared/json-values.js'
import type { K8sObject, Mapped, ObjectContext } from './k8s-object.js'
import { baseNode, edge, namespaceNodeId, objectId } from './k8s-object.js'
import { providerIdTargets } from './k8s-provider-id.js'

export function mapNode(o: K8sObject, ctx: ObjectContext): Mapped {
  const spec = obj(o.raw.spec) ?? {}
  const status = obj(o.raw.status) ?? {}
  const info = obj(status.nodeInfo) ?? {}
  const addresses = objects(status.addresses)
  const addressOf = (type: string): string | undefined => str(addresses.find((a) => a.type === type)?.address)
  const providerID = str(spec.providerID)
  const target = providerID === undefined ? undefined : providerIdTargets(providerID, ctx.cluster)
  const id = objectId(ctx, o)
  const labels = stringMap(o.metadata.labels)
  const node = baseNode(ctx, o, 'k8s.node', 'k8s-node', compact({
    providerID,
    cloud: target?.cloud,
    cloudInstanceId: target?.instanceId,
    cloudNodeIds: target === undefined ? undefined : [...target.ids],
    internalIP: addressOf('InternalIP'),
    externalIP: addressOf('ExternalIP'),
    hostname: addressOf('Hostname'),
    unschedulable: bool(spec.unschedulable) ?? false,
    taints: objects(spec.taints).map((t) => compact({ key: str(t.key), value: str(t.value), effect: str(t.effect) })),
    kubeletVersion: str(info.kubeletVersion),
    osImage: str(info.osImage),
    containerRuntimeVersion: str(info.containerRuntimeVersion),
    nodePool: labels['eks.amazonaws.com/nodegroup'] ?? labels['cloud.google.com/gke-nodepool'] ?? labels['kubernetes.azure.com/agentpool'] ?? labels.agentpool,
    instanceType: labels['node.kubernetes.io/instance-type'] ?? labels['beta.kubernetes.io/instance-type'],
    zone: labels['topology.kubernetes.io/zone'] ?? labels['failure-domain.beta.kubernetes.io/zone'],
  }), undefined)
  const edges: EdgeInput[] = [edge(ctx, ctx.cluster.nodeId, id, 'contains')]
  for (const [index, cloudId] of (target?.ids ?? []).entries()) {
    edges.push(edge(ctx, id, cloudId, 'runs-on', { via: index === 0 ? 'providerID' : 'providerID scale set' }, 'spec.providerID'))
  }
  if (target?.problem !== undefined) ctx.issue(`node providerID cannot be linked to its cloud VM: ${target.problem}`)
  return { nodes: [node], edges }
}

export function mapNamespace(o: K8sObject, ctx: ObjectContext): Mapped {
  const labels = stringMap(o.metadata.labels)
  const id = namespaceNodeId(ctx, o.name)
  const node = {
    ...baseNode(ctx, o, 'k8s.namespace', 'k8s-namespace', compact({
      phase: str(obj(o.raw.status)?.phase),
      podSecurityEnforce: labels['pod-security.kubernetes.io/enforce'],
    }), undefined),
    id,
  }
  return { nodes: [node], edges: [edge(ctx, ctx.cluster.nodeId, id, 'contains')] }
}
