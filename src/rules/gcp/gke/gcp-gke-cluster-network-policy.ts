/** @module gcp-gke-cluster-network-policy */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpGkeClusterNetworkPolicy = defineRule({
  id: 'gcp-gke-cluster-network-policy',
  title: 'GKE cluster enforces Kubernetes NetworkPolicy',
  description:
    'Without a network policy enforcer (Calico or Dataplane V2), NetworkPolicy objects are accepted but ignored: every pod can reach every other pod, and one compromised workload can scan and attack the whole cluster.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'cluster-security'],
  remediation: {
    steps: ['Enable network policy enforcement (or create clusters with Dataplane V2), then add default-deny policies per namespace.'],
    cli: 'gcloud container clusters update <cluster> --location <location> --update-addons=NetworkPolicy=ENABLED && gcloud container clusters update <cluster> --location <location> --enable-network-policy',
    terraform: 'network_policy {\n  enabled = true\n}',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    // Dataplane V2 (Cilium) and Autopilot enforce NetworkPolicy without the Calico add-on.
    if (cluster.str('config.networkConfig.datapathProvider') === 'ADVANCED_DATAPATH') return healthy(`cluster ${cluster.label} enforces network policies with Dataplane V2`)
    if (cluster.bool('config.autopilot.enabled') === true) return healthy(`cluster ${cluster.label} is an Autopilot cluster, which enforces network policies`)
    const enabled = cluster.bool('networkPolicyEnabled') ?? (hasResourceDocument(cluster) ? false : undefined)
    if (enabled === undefined) return unknown(`cluster ${cluster.label}: its network policy setting is not in the input`)
    return enabled ? healthy(`cluster ${cluster.label} enforces network policies`) : unhealthy(`cluster ${cluster.label} does not enforce NetworkPolicy objects`)
  },
})
