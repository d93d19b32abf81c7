/** @module gcp-gke-cluster-master-authorized-networks */
import { defineRule, healthy, isAnySource, unhealthy } from '../../rule-kit.js'

export const gcpGkeClusterMasterAuthorizedNetworks = defineRule({
  id: 'gcp-gke-cluster-master-authorized-networks',
  title: 'GKE control plane is private or limited by master authorized networks',
  description:
    'Without master authorized networks a public control plane endpoint accepts connections from any address, so any ' +
    'leaked credential works from anywhere.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['cluster-security', 'network-exposure'],
  remediation: {
    steps: ['Enable master authorized networks with the administrators\' ranges, or use a private endpoint.'],
    cli: 'gcloud container clusters update <cluster> --enable-master-authorized-networks --master-authorized-networks <cidr> --location <location>',
    terraform: 'master_authorized_networks_config {\n  cidr_blocks { cidr_block = "<cidr>" }\n}',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    if (cluster.bool('privateEndpoint') === true) return healthy(`cluster ${cluster.label} has a private control plane endpoint`)
    if (!cluster.needBool('masterAuthorizedNetworksEnabled')) return unhealthy(`cluster ${cluster.label} control plane accepts any address (no master authorized networks)`)
    const cidrs = cluster.strings('masterAuthorizedCidrs') ?? []
    return cidrs.some(isAnySource)
      ? unhealthy(`cluster ${cluster.label} master authorized networks include 0.0.0.0/0`)
      : healthy(`cluster ${cluster.label} control plane only accepts ${cidrs.join(', ') || 'no external range'}`)
  },
})
