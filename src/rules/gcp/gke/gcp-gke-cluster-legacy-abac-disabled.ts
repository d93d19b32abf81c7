/** @module gcp-gke-cluster-legacy-abac-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpGkeClusterLegacyAbacDisabled = defineRule({
  id: 'gcp-gke-cluster-legacy-abac-disabled',
  title: 'GKE cluster has legacy ABAC authorization disabled',
  description:
    'Legacy ABAC grants broad static permissions beside RBAC (service accounts and kubelets can read everything), ' +
    'defeating least privilege in the cluster.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Disable legacy authorization; grant what workloads need with RBAC roles.'],
    cli: 'gcloud container clusters update <cluster> --no-enable-legacy-authorization --location <location>',
    terraform: 'enable_legacy_abac = false',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) =>
    cluster.needBool('legacyAbacEnabled')
      ? unhealthy(`cluster ${cluster.label} authorizes with legacy ABAC`)
      : healthy(`cluster ${cluster.label} has legacy ABAC disabled`),
})
