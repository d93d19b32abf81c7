/** @module gcp-gke-nodepool-default-service-account */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpGkeNodepoolDefaultServiceAccount = defineRule({
  id: 'gcp-gke-nodepool-default-service-account',
  title: 'GKE node pool does not run as the default Compute Engine service account',
  description:
    'Nodes run as the default Compute Engine service account unless told otherwise; it is a project Editor by default, so every pod that reaches the node credentials (metadata server, node escape) can change most of the project.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'cluster-security'],
  remediation: {
    steps: ['Create a minimally privileged service account (roles/container.defaultNodeServiceAccount), create a node pool that uses it, move workloads and delete the old pool.'],
    cli: 'gcloud container node-pools create <pool> --cluster <cluster> --location <location> --service-account=<sa-email>',
    terraform: 'node_config {\n  service_account = google_service_account.gke_nodes.email\n}',
  },
  target: { kinds: ['gcp.container.nodepool'] },
  evaluate: (pool) => {
    const account = pool.needStr('serviceAccount')
    return pool.bool('defaultServiceAccount') === true
      ? unhealthy(`node pool ${pool.label} runs as the default Compute Engine service account ${account}`)
      : healthy(`node pool ${pool.label} runs as ${account}`)
  },
})
