/** @module azure-aks-agentpool-no-public-ip */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureAksAgentpoolNoPublicIp = defineRule({
  id: 'azure-aks-agentpool-no-public-ip',
  title: 'AKS node pool does not give nodes public IP addresses',
  description:
    'With node public IPs every node of the pool is directly addressable from the internet; the kubelet and any ' +
    'hostPort or NodePort service are then one NSG rule away from exposure.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'cluster-security'],
  remediation: {
    steps: ['Create a new node pool without node public IPs, move workloads to it and delete the old pool.'],
    cli: 'az aks nodepool add --cluster-name <cluster> --resource-group <rg> --name <pool>  # without --enable-node-public-ip',
    terraform: 'node_public_ip_enabled = false',
  },
  target: { kinds: ['azure.containerservice.agentpool'] },
  // ARM omits enableNodePublicIP unless it was turned on.
  evaluate: (pool) =>
    pool.bool('enableNodePublicIp') === true
      ? unhealthy(`node pool ${pool.label} gives every node a public IP address`)
      : healthy(`node pool ${pool.label} nodes have no public IP addresses`),
})
