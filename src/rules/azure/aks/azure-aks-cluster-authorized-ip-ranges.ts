/** @module azure-aks-cluster-authorized-ip-ranges */
import { defineRule, healthy, isAnySource, unhealthy } from '../../rule-kit.js'

export const azureAksClusterAuthorizedIpRanges = defineRule({
  id: 'azure-aks-cluster-authorized-ip-ranges',
  title: 'AKS cluster API server is private or limited to authorized IP ranges',
  description:
    'A public API server without authorized IP ranges accepts connections from any address, so any leaked kubeconfig ' +
    'or token works from anywhere and the API server is open to probing.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['cluster-security', 'network-exposure'],
  remediation: {
    steps: ['Set authorized IP ranges to the administrators\' ranges, or make the cluster private.'],
    cli: 'az aks update --name <cluster> --resource-group <rg> --api-server-authorized-ip-ranges <cidr>',
    terraform: 'api_server_access_profile {\n  authorized_ip_ranges = ["<cidr>"]\n}',
  },
  target: { kinds: ['azure.containerservice.managedcluster'] },
  evaluate: (cluster) => {
    if (cluster.bool('privateCluster') === true) return healthy(`cluster ${cluster.label} has a private API server`)
    const ranges = cluster.needStrings('authorizedIpRanges')
    return ranges.length === 0 || ranges.some(isAnySource)
      ? unhealthy(`cluster ${cluster.label} API server accepts any address (no authorized IP ranges)`)
      : healthy(`cluster ${cluster.label} API server only accepts ${ranges.join(', ')}`)
  },
})
