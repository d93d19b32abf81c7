/** @module k8s-rbac-role-bind-escalate-impersonate */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { grantedResources, isBuiltInRole, roleLabel } from './rbac-rules.js'

const RBAC_GROUP = 'rbac.authorization.k8s.io'
const ROLES = ['roles', 'clusterroles']
/** Impersonation targets: users, groups and service accounts (core) and uids and extras (authentication.k8s.io). */
const IDENTITIES = ['users', 'groups', 'serviceaccounts']
const EXTRAS = ['uids', 'userextras/scopes', 'userextras/*']

export const k8sRbacRoleBindEscalateImpersonate = defineRule({
  id: 'k8s-rbac-role-bind-escalate-impersonate',
  title: 'Role does not bind, escalate or impersonate',
  description:
    'bind and escalate let a subject grant itself (or others) roles it does not hold, and impersonate lets it act as any user, group or service account: each is a direct path to cluster-admin.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Remove bind, escalate and impersonate from the role; keep them for the cluster administrators and the controllers that need them.'],
  },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    const rules = node.needObjects('rules')
    const granted = [
      ...grantedResources(rules, RBAC_GROUP, ['bind'], ROLES).map((r) => `bind ${r}`),
      ...grantedResources(rules, RBAC_GROUP, ['escalate'], ROLES).map((r) => `escalate ${r}`),
      ...grantedResources(rules, '', ['impersonate'], IDENTITIES).map((r) => `impersonate ${r}`),
      ...grantedResources(rules, 'authentication.k8s.io', ['impersonate'], EXTRAS).map((r) => `impersonate ${r}`),
    ]
    return granted.length === 0
      ? healthy(`${roleLabel(node)} cannot bind, escalate or impersonate`)
      : unhealthy(`${roleLabel(node)} can ${granted.join(', ')}`, { resources: granted })
  },
})
