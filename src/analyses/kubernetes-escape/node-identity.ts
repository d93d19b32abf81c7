/**
 * @module Kubernetes node → the cloud identity its VM runs as (`can-authenticate-as`): through the
 * `runs-on` link the adapter builds from `spec.providerID` (EC2 instance → instance profile → role,
 * Azure scale set → kubelet identity, GCE instance → service account), or, when the VM is not in the
 * input, through the node pool of the linked cloud cluster (EKS node group role, AKS agent pool or
 * cluster kubelet identity, GKE node pool service account).
 */
import type { GraphView } from '../../graph/graph-view.js'
import type { DerivationSink } from '../cloud-permissions/derivation-sink.js'
import { nodeEvidence, outTargets } from '../cloud-permissions/graph-walk.js'
import { str } from '../cloud-permissions/json-read.js'

/** Identities a compute node runs as, following instance profile → role. */
function identitiesOf(graph: GraphView, compute: number): number[] {
  const out: number[] = []
  for (const identity of outTargets(graph, compute, 'can-authenticate-as')) {
    out.push(identity)
    if (graph.nodeKind(identity) === 'aws.iam.instance-profile') out.push(...outTargets(graph, identity, 'can-authenticate-as'))
  }
  return out
}

/** The cloud node pool (or cluster, for AKS kubelet identity) the node belongs to, by its pool label. */
function poolOf(graph: GraphView, node: number): number[] {
  const pool = str(graph.nodeProps(node)['nodePool'])
  const cluster = graph.indexOf(graph.nodeScope(node))
  const cloudId = cluster === undefined ? undefined : str(graph.nodeProps(cluster)['cloudClusterId'])
  const cloud = cloudId === undefined ? undefined : graph.indexOf(cloudId)
  if (cloud === undefined || cloudId === undefined) return []
  const kind = graph.nodeKind(cloud)
  if (kind === 'azure.containerservice.managedcluster') {
    const agentPool = pool === undefined ? undefined : graph.indexOf(`${cloudId}/agentpools/${pool.toLowerCase()}`)
    return [agentPool ?? cloud]
  }
  if (pool === undefined) return []
  if (kind === 'gcp.container.cluster') {
    const nodePool = graph.indexOf(`${cloudId}/nodePools/${pool}`)
    return nodePool === undefined ? [] : [nodePool]
  }
  if (kind === 'aws.eks.cluster') {
    return [...graph.nodesOfKind('aws.eks.nodegroup')].filter((ng) => {
      const props = graph.nodeProps(ng)
      return props['clusterArn'] === cloudId && props['nodegroupName'] === pool
    })
  }
  return []
}

/**
 * EC2 instances by instance id. The adapter builds the instance ARN from providerID only when the
 * cluster id names the AWS account; instance ids are unique, so the instance is found without it.
 */
function ec2ByInstanceId(graph: GraphView): Map<string, number> {
  const index = new Map<string, number>()
  for (const vm of graph.nodesOfKind('aws.ec2.instance')) {
    const id = /:instance\/(i-[0-9a-f]+)$/.exec(graph.nodeId(vm))?.[1]
    if (id !== undefined) index.set(id, vm)
  }
  return index
}

export function linkNodeIdentities(graph: GraphView, sink: DerivationSink): number {
  let linked = 0
  let instances: Map<string, number> | undefined
  for (const node of graph.nodesOfKind('k8s.node')) {
    const vms = outTargets(graph, node, 'runs-on')
    const props = graph.nodeProps(node)
    const instanceId = str(props['cloudInstanceId'])
    if (vms.length === 0 && props['cloud'] === 'aws' && instanceId !== undefined) {
      instances ??= ec2ByInstanceId(graph)
      const vm = instances.get(instanceId)
      if (vm !== undefined) {
        vms.push(vm)
        sink.edge(node, vm, 'runs-on', { via: 'providerID instance id' }, nodeEvidence(graph, node, `spec.providerID names ${instanceId}`))
      }
    }
    let found = false
    for (const vm of vms) {
      for (const identity of identitiesOf(graph, vm)) {
        sink.edge(node, identity, 'can-authenticate-as', { via: 'providerID', vm: graph.nodeId(vm) }, nodeEvidence(graph, node, `spec.providerID → ${graph.nodeId(vm)}, which runs as ${graph.nodeId(identity)}`))
        found = true
      }
    }
    if (found) {
      linked++
      continue
    }
    for (const pool of poolOf(graph, node)) {
      for (const identity of identitiesOf(graph, pool)) {
        const edgeOk = graph.nodeKind(pool) !== 'azure.containerservice.managedcluster' || isKubelet(graph, pool, identity)
        if (!edgeOk) continue
        sink.edge(node, identity, 'can-authenticate-as', { via: 'node pool', pool: graph.nodeId(pool) }, nodeEvidence(graph, node, `node pool ${graph.nodeId(pool)} runs as ${graph.nodeId(identity)}`))
        found = true
      }
    }
    if (found) linked++
  }
  return linked
}

/** On an AKS cluster only the kubelet identity is on the nodes (not the control-plane identity). */
function isKubelet(graph: GraphView, cluster: number, identity: number): boolean {
  let kubelet = false
  graph.forEachEdge(cluster, 'out', 'can-authenticate-as', (edge, target) => {
    if (target === identity && graph.edgeProps(edge)['identity'] === 'kubelet') kubelet = true
  })
  return kubelet
}
