/** @module k8s-rbac-role-service-account-token-create */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { grantedResources, isBuiltInRole, roleLabel } from './rbac-rules.js'

const VERBS = ['create']
const RESOURCES = ['serviceaccounts/token']

export const k8sRbacRoleServiceAccountTokenCreate = defineRule({
  id: 'k8s-rbac-role-service-account-token-create',
  title: 'Role does not create service account tokens',
  description:
    'create on serviceaccounts/token mints a bearer token for any service account in scope: the caller becomes that account, with every permission it holds.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Remove create on serviceaccounts/token; workloads receive their own projected token without it.'],
  },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    const granted = grantedResources(node.needObjects('rules'), '', VERBS, RESOURCES)
    return granted.length === 0
      ? healthy(`${roleLabel(node)} cannot create service account tokens`)
      : unhealthy(`${roleLabel(node)} can mint tokens through ${granted.join(', ')}`, { resources: granted })
  },
})
