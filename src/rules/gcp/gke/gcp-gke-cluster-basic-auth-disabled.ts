/** @module gcp-gke-cluster-basic-auth-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpGkeClusterBasicAuthDisabled = defineRule({
  id: 'gcp-gke-cluster-basic-auth-disabled',
  title: 'GKE cluster has basic authentication disabled',
  description:
    'Basic authentication gives a static username and password full admin access to the API server; the password sits in the cluster resource, readable with container.clusters.get, and never expires.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'cluster-security'],
  remediation: {
    steps: ['Disable basic authentication (clear the master username); use Google identities and RBAC.'],
    cli: 'gcloud container clusters update <cluster> --location <location> --no-enable-basic-auth',
    terraform: 'master_auth {\n  username = ""\n  password = ""\n}',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) =>
    cluster.needBool('basicAuthEnabled')
      ? unhealthy(`cluster ${cluster.label} accepts a static basic-auth username and password`)
      : healthy(`cluster ${cluster.label} has basic authentication disabled`),
})
