/** @module k8s-rbac-role-reads-secrets */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'
import { grants, isBuiltInRole, roleLabel } from './rbac-rules.js'

const READ_VERBS = ['get', 'list', 'watch']

export const k8sRbacRoleReadsSecrets = defineRule({
  id: 'k8s-rbac-role-reads-secrets',
  title: 'Role does not read every Secret of its scope',
  description:
    'get, list or watch on secrets (without resourceNames) reads every Secret in the namespace — or the cluster, ' +
    'for a ClusterRole — including service account tokens and the credentials of other applications.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'data-exposure'],
  remediation: {
    steps: [
      'Limit the rule to the named Secrets the workload needs (resourceNames), or mount them instead of reading the API.',
      'Grant list and watch on secrets to controllers only.',
    ],
  },
  target: { kinds: ['k8s.clusterrole', 'k8s.role'] },
  evaluate: (node) => {
    if (isBuiltInRole(node)) return notApplicable(`${roleLabel(node)} is a Kubernetes default role`)
    const reading = node.needObjects('rules').some((rule) => grants(rule, READ_VERBS, 'secrets'))
    return reading
      ? unhealthy(`${roleLabel(node)} can read every secret of its scope`)
      : healthy(`${roleLabel(node)} cannot read secrets beyond named ones`)
  },
})
