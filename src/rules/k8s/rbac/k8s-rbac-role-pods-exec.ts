/** @module k8s-rbac-role-pods-exec */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { grantedResources, isBuiltInRole, roleLabel } from './rbac-rules.js'

const VERBS = ['create', 'get']
const RESOURCES = ['pods/exec', 'pods/attach']

export const k8sRbacRolePodsExec = defineRule({
  id: 'k8s-rbac-role-pods-exec',
  title: 'Role does not exec or attach into pods',
  description:
    'pods/exec and pods/attach open a shell in any container of the scope: its Secrets, service account token and memory become the caller\'s, bypassing everything the application itself enforces.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: ['Remove pods/exec and pods/attach from the role; grant them temporarily to named operators (just-in-time) and audit their use.'],
  },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    const granted = grantedResources(node.needObjects('rules'), '', VERBS, RESOURCES)
    return granted.length === 0
      ? healthy(`${roleLabel(node)} cannot exec or attach into pods`)
      : unhealthy(`${roleLabel(node)} can open a shell through ${granted.join(', ')}`, { resources: granted })
  },
})
