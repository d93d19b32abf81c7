/** @module gcp-gke-cluster-client-certificate-disabled */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpGkeClusterClientCertificateDisabled = defineRule({
  id: 'gcp-gke-cluster-client-certificate-disabled',
  title: 'GKE cluster issues no legacy client certificate',
  description:
    'The legacy client certificate authenticates as an administrator, cannot be revoked short of rotating the cluster CA, and is readable by anyone with container.clusters.get: a standing, unauditable admin credential.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'cluster-security'],
  remediation: {
    steps: ['Recreate the cluster without a client certificate (it cannot be removed in place), or rotate the cluster credentials; authenticate users with Google identities.'],
    cli: 'gcloud container clusters create <cluster> --no-issue-client-certificate',
    terraform: 'master_auth {\n  client_certificate_config {\n    issue_client_certificate = false\n  }\n}',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    const issued = cluster.bool('clientCertificateIssued') ?? (hasResourceDocument(cluster) ? false : undefined)
    if (issued === undefined) return unknown(`cluster ${cluster.label}: its client certificate configuration is not in the input`)
    return issued ? unhealthy(`cluster ${cluster.label} issues a legacy admin client certificate`) : healthy(`cluster ${cluster.label} issues no client certificate`)
  },
})
