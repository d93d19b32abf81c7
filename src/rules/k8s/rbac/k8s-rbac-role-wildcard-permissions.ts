/** @module k8s-rbac-role-wildcard-permissions */
import { defineRule, healthy, notApplicable, texts, unhealthy } from '../../rule-kit.js'
import { isBuiltInRole, roleLabel } from './rbac-rules.js'

export const k8sRbacRoleWildcardPermissions = defineRule({
  id: 'k8s-rbac-role-wildcard-permissions',
  title: 'Role grants no wildcard verbs or resources',
  description:
    'A `*` in verbs or resources grants everything that exists now and every resource type or verb added later ' +
    '(custom resources included): the role holds far more than its purpose needs.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: { steps: ['Replace `*` with the verbs and resources the subjects use (kubectl auth can-i --list helps list them).'] },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    const wildcard = node.needObjects('rules').filter((r) => texts(r['verbs']).includes('*') || texts(r['resources']).includes('*'))
    if (wildcard.length === 0) return healthy(`${roleLabel(node)} names its verbs and resources`)
    const shown = wildcard.map((r) => `${texts(r['verbs']).join(',')} on ${texts(r['resources']).join(',') || texts(r['nonResourceURLs']).join(',')}`)
    return unhealthy(`${roleLabel(node)} grants wildcard permissions: ${shown.join('; ')}`, { rules: shown })
  },
})
