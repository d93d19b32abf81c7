/** @module gcp-gke-cluster-shielded-nodes */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpGkeClusterShieldedNodes = defineRule({
  id: 'gcp-gke-cluster-shielded-nodes',
  title: 'GKE cluster runs Shielded GKE Nodes',
  description:
    'Shielded GKE Nodes prove their identity to the control plane with a vTPM-backed certificate: without them an attacker who steals a node bootstrap credential (from the metadata server, for instance) can impersonate a node and read the Secrets of pods scheduled on it.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['cluster-security'],
  remediation: {
    steps: ['Enable Shielded GKE Nodes on the cluster (nodes are recreated).'],
    cli: 'gcloud container clusters update <cluster> --location <location> --enable-shielded-nodes',
    terraform: 'enable_shielded_nodes = true',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    const shielded = cluster.bool('shieldedNodes') ?? (hasResourceDocument(cluster) ? false : undefined)
    if (shielded === undefined) return unknown(`cluster ${cluster.label}: its Shielded Nodes setting is not in the input`)
    return shielded ? healthy(`cluster ${cluster.label} runs Shielded GKE Nodes`) : unhealthy(`cluster ${cluster.label} runs nodes that are not Shielded GKE Nodes`)
  },
})
