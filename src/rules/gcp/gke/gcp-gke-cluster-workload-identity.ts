/** @module gcp-gke-cluster-workload-identity */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpGkeClusterWorkloadIdentity = defineRule({
  id: 'gcp-gke-cluster-workload-identity',
  title: 'GKE cluster has Workload Identity enabled',
  description:
    'Without Workload Identity, pods call Google APIs with the node service account: every pod on a node holds the same (usually broad) identity, and any pod can read the node credentials from the metadata server.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'cluster-security'],
  remediation: {
    steps: ['Enable Workload Identity on the cluster and the GKE metadata server on every node pool, then bind each Kubernetes service account to a dedicated Google service account.'],
    cli: 'gcloud container clusters update <cluster> --location <location> --workload-pool=<project>.svc.id.goog',
    terraform: 'workload_identity_config {\n  workload_pool = "${var.project}.svc.id.goog"\n}',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) =>
    cluster.needBool('workloadIdentityEnabled')
      ? healthy(`cluster ${cluster.label} has Workload Identity enabled (${cluster.str('workloadPool') ?? 'workload pool set'})`)
      : unhealthy(`cluster ${cluster.label} has Workload Identity off: pods use the node service account`),
})
