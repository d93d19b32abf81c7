/** @module gcp-gke-cluster-intranode-visibility */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpGkeClusterIntranodeVisibility = defineRule({
  id: 'gcp-gke-cluster-intranode-visibility',
  title: 'GKE cluster routes pod-to-pod traffic on the same node through the VPC',
  description:
    'Without intranode visibility, traffic between pods on the same node never leaves the node: VPC Flow Logs do not record it and VPC firewall rules do not apply to it, leaving a blind spot for investigations.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging', 'cluster-security'],
  remediation: {
    steps: ['Enable intranode visibility on the cluster (and VPC Flow Logs on its subnet).'],
    cli: 'gcloud container clusters update <cluster> --location <location> --enable-intra-node-visibility',
    terraform: 'enable_intranode_visibility = true',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    if (!hasResourceDocument(cluster)) return unknown(`cluster ${cluster.label}: its network configuration is not in the input`)
    return cluster.bool('config.networkConfig.enableIntraNodeVisibility') === true
      ? healthy(`cluster ${cluster.label} has intranode visibility enabled`)
      : unhealthy(`cluster ${cluster.label} keeps same-node pod traffic out of VPC flow logs and firewall rules`)
  },
})
