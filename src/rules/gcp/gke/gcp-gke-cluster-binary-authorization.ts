/** @module gcp-gke-cluster-binary-authorization */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpGkeClusterBinaryAuthorization = defineRule({
  id: 'gcp-gke-cluster-binary-authorization',
  title: 'GKE cluster enforces Binary Authorization',
  description:
    'Binary Authorization admits only images that satisfy a policy (signed by your build, from your registries); without it anyone who can create a pod runs any image from any registry.',
  severity: 'low',
  control: 'apply-adaptive-application-control',
  categories: ['container-security', 'cluster-security'],
  remediation: {
    steps: ['Enable Binary Authorization on the cluster with a project policy that requires attestations or allowed registries.'],
    cli: 'gcloud container clusters update <cluster> --location <location> --binauthz-evaluation-mode=PROJECT_SINGLETON_POLICY_ENFORCE',
    terraform: 'binary_authorization {\n  evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"\n}',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    const mode = cluster.value('binaryAuthorization') ?? (hasResourceDocument(cluster) ? 'disabled' : undefined)
    if (mode === undefined) return unknown(`cluster ${cluster.label}: its Binary Authorization setting is not in the input`)
    const enforced = mode === true || (typeof mode === 'string' && mode !== 'disabled' && mode !== 'evaluation_mode_unspecified')
    return enforced
      ? healthy(`cluster ${cluster.label} enforces Binary Authorization${typeof mode === 'string' ? ` (${mode})` : ''}`)
      : unhealthy(`cluster ${cluster.label} admits images without Binary Authorization`)
  },
})
