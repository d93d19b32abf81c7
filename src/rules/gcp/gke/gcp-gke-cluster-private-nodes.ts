/** @module gcp-gke-cluster-private-nodes */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpGkeClusterPrivateNodes = defineRule({
  id: 'gcp-gke-cluster-private-nodes',
  title: 'GKE cluster nodes have only private IP addresses',
  description:
    'Nodes with external addresses are reachable from the internet on every port a firewall rule or a NodePort opens, and the kubelet of each node becomes an internet-facing target; private nodes reach out through Cloud NAT only.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'cluster-security'],
  remediation: {
    steps: ['Create the cluster (or new node pools) with private nodes and route egress through Cloud NAT; then move workloads and delete the public pools.'],
    cli: 'gcloud container clusters update <cluster> --location <location> --enable-private-nodes',
    terraform: 'private_cluster_config {\n  enable_private_nodes = true\n}',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    const explicit = cluster.bool('privateNodes') ?? cluster.bool('config.networkConfig.defaultEnablePrivateNodes')
    const privateNodes = explicit ?? (hasResourceDocument(cluster) ? false : undefined)
    if (privateNodes === undefined) return unknown(`cluster ${cluster.label}: its private cluster configuration is not in the input`)
    return privateNodes
      ? healthy(`cluster ${cluster.label} gives its nodes private addresses only`)
      : unhealthy(`cluster ${cluster.label} gives its nodes external IP addresses`)
  },
})
