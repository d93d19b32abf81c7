/** @module A Service node as the Kubernetes reader (providers/kubernetes/k8s-network.ts) normalizes it. */
import type { NodeInput } from '../../../model/graph-types.js'

export const SERVICE: NodeInput = {
  id: 'k8s://prod/shop/service/web',
  kind: 'k8s.service',
  family: 'k8s-service',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'shop/web',
  props: { cluster: 'prod', namespace: 'shop', k8sKind: 'Service', type: 'ClusterIP', ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }], externalIPs: [], nodePorts: [], loadBalancerSourceRanges: [], loadBalancerIngress: [] },
}
