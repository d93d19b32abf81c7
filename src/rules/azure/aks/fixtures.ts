/** @module An AKS managed cluster node as the Azure Resource Graph reader maps it, for the AKS rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const AKS_CLUSTER: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-aks/providers/microsoft.containerservice/managedclusters/aks-demo',
  kind: 'azure.containerservice.managedcluster',
  family: 'k8s-cluster',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'aks-demo',
  props: {
    armType: 'microsoft.containerservice/managedclusters',
    resourceGroup: 'rg-aks',
    rbacEnabled: true,
    aadManaged: true,
    authorizedIpRanges: ['192.0.2.0/24'],
    privateCluster: false,
    apiServerPublic: true,
    apiServerUnrestricted: false,
  },
}
