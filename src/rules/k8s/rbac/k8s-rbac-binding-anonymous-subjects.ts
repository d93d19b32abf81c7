/** @module k8s-rbac-binding-anonymous-subjects */
import { defineRule, healthy, notApplicable, text, unhealthy } from '../../rule-kit.js'

/** Groups every unauthenticated request (and, for system:authenticated, every credential the cluster accepts) belongs to. */
const EVERYONE = new Set(['system:anonymous', 'system:unauthenticated', 'system:authenticated'])
/** What Kubernetes itself grants these groups: discovery, version and self-review. */
const DEFAULT_ROLES = new Set(['system:public-info-viewer', 'system:discovery', 'system:basic-user'])

export const k8sRbacBindingAnonymousSubjects = defineRule({
  id: 'k8s-rbac-binding-anonymous-subjects',
  title: 'No binding grants a role to anonymous or all authenticated users',
  description:
    'system:anonymous and system:unauthenticated are anyone who reaches the API server; system:authenticated is ' +
    'anyone holding any accepted credential (on GKE, any Google account). A role bound to them is granted to the world.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: [
      'Replace the subject with the users, groups or service accounts that need the role, or delete the binding.',
      'Disable anonymous authentication on the API server (--anonymous-auth=false) where the platform allows it.',
    ],
    cli: 'kubectl delete clusterrolebinding <name>',
  },
  target: { kinds: ['k8s.clusterrolebinding', 'k8s.rolebinding'] },
  evaluate: (binding) => {
    const role = binding.needStr('roleRef.name')
    if (DEFAULT_ROLES.has(role)) return notApplicable(`binding ${binding.label} grants the Kubernetes default role ${role}`)
    const everyone = binding
      .needObjects('subjects')
      .filter((s) => (text(s['kind']) === 'Group' || text(s['kind']) === 'User') && EVERYONE.has(text(s['name'])))
      .map((s) => text(s['name']))
    return everyone.length === 0
      ? healthy(`binding ${binding.label} grants ${role} to named subjects only`)
      : unhealthy(`binding ${binding.label} grants ${role} to ${everyone.join(', ')}`, { subjects: everyone })
  },
})
