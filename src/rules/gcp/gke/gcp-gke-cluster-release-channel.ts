/** @module gcp-gke-cluster-release-channel */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpGkeClusterReleaseChannel = defineRule({
  id: 'gcp-gke-cluster-release-channel',
  title: 'GKE cluster is enrolled in a release channel',
  description:
    'Clusters outside a release channel depend on someone to upgrade them: they drift behind on Kubernetes and node image security patches and end up on unsupported versions.',
  severity: 'low',
  control: 'apply-system-updates',
  categories: ['cluster-security'],
  remediation: {
    steps: ['Enroll the cluster in the REGULAR or STABLE release channel and set a maintenance window.'],
    cli: 'gcloud container clusters update <cluster> --location <location> --release-channel=regular',
    terraform: 'release_channel {\n  channel = "REGULAR"\n}',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    if (!hasResourceDocument(cluster)) return unknown(`cluster ${cluster.label}: its release channel is not in the input`)
    const channel = cluster.str('config.releaseChannel.channel')
    return channel !== undefined && channel !== 'UNSPECIFIED'
      ? healthy(`cluster ${cluster.label} follows the ${channel} release channel`)
      : unhealthy(`cluster ${cluster.label} is not enrolled in a release channel`)
  },
})
