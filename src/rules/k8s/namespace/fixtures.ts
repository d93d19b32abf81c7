/** @module A namespace with a workload and its network policies, as the Kubernetes reader links them with `contains` edges. */
import type { EdgeInput, JsonObject, NodeInput } from '../../../model/graph-types.js'
import type { Neighbourhood } from '../../testing/rule-harness.js'

export const NAMESPACE: NodeInput = {
  id: 'k8s://prod/_/namespace/shop',
  kind: 'k8s.namespace',
  family: 'k8s-namespace',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'shop',
  tags: { 'pod-security.kubernetes.io/enforce': 'restricted' },
  props: { cluster: 'prod', k8sKind: 'Namespace', phase: 'Active', podSecurityEnforce: 'restricted' },
}

const DEPLOYMENT: NodeInput = {
  id: 'k8s://prod/shop/deployment/web',
  kind: 'k8s.deployment',
  family: 'k8s-workload',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'shop/web',
  props: { cluster: 'prod', namespace: 'shop', k8sKind: 'Deployment' },
}

export function policy(name: string, spec: JsonObject): NodeInput {
  return {
    id: `k8s://prod/shop/networkpolicy/${name}`,
    kind: 'k8s.networkpolicy',
    family: 'network-security-group',
    provider: 'kubernetes',
    scope: 'k8s://prod',
    name: `shop/${name}`,
    props: { cluster: 'prod', namespace: 'shop', k8sKind: 'NetworkPolicy', podSelector: {}, policyTypes: ['Ingress'], ingress: [], egress: [], ipBlocks: [], ...spec },
  }
}

export const DENY_ALL = policy('default-deny', {})
export const ALLOW_WEB = policy('allow-web', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'lb' } } }] }] })

/** The namespace's neighbourhood: a deployment (unless `workload` is false) and the given policies. */
export function around(policies: readonly NodeInput[], workload = true): Neighbourhood {
  const nodes = [...(workload ? [DEPLOYMENT] : []), ...policies]
  const edges: EdgeInput[] = nodes.map((node) => ({ from: NAMESPACE.id, to: node.id, kind: 'contains' }))
  return { nodes, edges }
}
