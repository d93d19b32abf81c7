/** @module k8s-rbac-role-webhook-configuration */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { grantedResources, isBuiltInRole, roleLabel } from './rbac-rules.js'

const VERBS = ['create', 'update', 'patch', 'delete']
const RESOURCES = ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations']

export const k8sRbacRoleWebhookConfiguration = defineRule({
  id: 'k8s-rbac-role-webhook-configuration',
  title: 'Cluster role does not manage admission webhooks',
  description:
    'A mutating or validating webhook configuration sees (and can rewrite or block) every object sent to the API server: whoever manages them can inject sidecars, read Secrets on creation or switch off policy enforcement.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Remove create, update, patch and delete on mutating/validatingwebhookconfigurations; keep them for cluster administrators and the operators that own a webhook.'],
  },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    if (node.kind === 'k8s.role') return notApplicable(`${roleLabel(node)} is namespaced: webhook configurations are cluster-scoped`)
    const granted = grantedResources(node.needObjects('rules'), 'admissionregistration.k8s.io', VERBS, RESOURCES)
    return granted.length === 0
      ? healthy(`${roleLabel(node)} cannot manage admission webhooks`)
      : unhealthy(`${roleLabel(node)} can manage ${granted.join(', ')}`, { resources: granted })
  },
})
