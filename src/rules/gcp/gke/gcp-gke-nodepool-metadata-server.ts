/** @module gcp-gke-nodepool-metadata-server */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const gcpGkeNodepoolMetadataServer = defineRule({
  id: 'gcp-gke-nodepool-metadata-server',
  title: 'GKE node pool serves pods the GKE metadata server',
  description:
    'Without the GKE metadata server, pods read the Compute Engine metadata server of the node: its service account token, and the kubelet bootstrap credentials in kube-env that let a pod impersonate the node.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'cluster-security'],
  remediation: {
    steps: ['Enable Workload Identity on the cluster, then set the node pool workload metadata mode to GKE_METADATA.'],
    cli: 'gcloud container node-pools update <pool> --cluster <cluster> --location <location> --workload-metadata=GKE_METADATA',
    terraform: 'node_config {\n  workload_metadata_config {\n    mode = "GKE_METADATA"\n  }\n}',
  },
  target: { kinds: ['gcp.container.nodepool'] },
  evaluate: (pool) => {
    const mode = pool.str('workloadMetadataMode')
    if (mode === undefined && pool.str('machineType') === undefined) return unknown(`node pool ${pool.label}: its node configuration is not in the input`)
    if (mode === 'gke_metadata') return healthy(`node pool ${pool.label} serves pods the GKE metadata server`)
    return unhealthy(`node pool ${pool.label} exposes the node's Compute Engine metadata server to pods (${mode ?? 'no workload metadata configuration'})`)
  },
})
