/** @module k8s-rbac-binding-cluster-admin-non-system */
import { defineRule, healthy, notApplicable, text, unhealthy } from '../../rule-kit.js'

/** Subjects Kubernetes and the managed services bind to cluster-admin themselves. */
const isSystemSubject = (name: string): boolean => name.startsWith('system:')

export const k8sRbacBindingClusterAdminNonSystem = defineRule({
  id: 'k8s-rbac-binding-cluster-admin-non-system',
  title: 'cluster-admin is bound only to system subjects',
  description:
    'A binding of the cluster-admin ClusterRole gives its users, groups or service accounts every permission on ' +
    'every resource of the cluster, secrets included; a stolen token of any of them owns the cluster.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'cluster-security'],
  remediation: {
    steps: [
      'Bind a narrower role (admin or a custom Role in the namespaces needed) and delete the cluster-admin binding.',
      'Keep break-glass cluster-admin access out of standing bindings.',
    ],
    cli: 'kubectl delete clusterrolebinding <name>',
  },
  target: { kinds: ['k8s.clusterrolebinding', 'k8s.rolebinding'] },
  evaluate: (node) => {
    if (node.needStr('roleRef.name') !== 'cluster-admin' || node.str('roleRef.kind') === 'Role') {
      return notApplicable(`binding ${node.label} does not grant cluster-admin`)
    }
    const subjects = node.needObjects('subjects')
    const named = subjects.filter((s) => !isSystemSubject(text(s['name']))).map((s) => `${text(s['kind'])} ${text(s['namespace']) === '' ? '' : `${text(s['namespace'])}/`}${text(s['name'])}`)
    return named.length === 0
      ? healthy(`binding ${node.label} grants cluster-admin to system subjects only`)
      : unhealthy(`binding ${node.label} grants cluster-admin to ${named.join(', ')}`, { subjects: named })
  },
})
