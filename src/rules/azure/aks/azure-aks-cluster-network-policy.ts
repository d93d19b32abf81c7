/** @module azure-aks-cluster-network-policy */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const azureAksClusterNetworkPolicy = defineRule({
  id: 'azure-aks-cluster-network-policy',
  title: 'AKS cluster enforces Kubernetes network policies',
  description:
    'Without a network policy engine (Azure, Calico or Cilium), NetworkPolicy objects are ignored and every pod ' +
    'can reach every other pod: one compromised workload can talk to all databases and control services.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'cluster-security'],
  remediation: {
    steps: ['Enable a network policy engine on the cluster, then add default-deny policies per namespace.'],
    cli: 'az aks update --name <cluster> --resource-group <rg> --network-policy azure',
    terraform: 'network_profile {\n  network_plugin = "azure"\n  network_policy = "azure"\n}',
  },
  target: { kinds: ['azure.containerservice.managedcluster'] },
  evaluate: (cluster) => {
    const policy = cluster.str('networkPolicy')
    if (policy !== undefined && policy !== 'none') return healthy(`cluster ${cluster.label} enforces network policies with ${policy}`)
    return cluster.str('networkPlugin') === undefined && policy === undefined
      ? unknown(`cluster ${cluster.label}: its network profile is not in the input`)
      : unhealthy(`cluster ${cluster.label} has no network policy engine: every pod can reach every other pod`)
  },
})
