/** @module k8s-rbac-binding-default-service-account */
import { defineRule, healthy, notApplicable, text, unhealthy } from '../../rule-kit.js'

export const k8sRbacBindingDefaultServiceAccount = defineRule({
  id: 'k8s-rbac-binding-default-service-account',
  title: 'No binding grants a role to a namespace\'s default service account',
  description:
    'Every pod that names no service account runs as `default`: a role bound to it is silently granted to all ' +
    'those pods, including ones added later by people who never asked for the permission.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'identity'],
  remediation: {
    steps: [
      'Create a dedicated service account for the workload that needs the role, bind the role to it and set serviceAccountName in its pods.',
      'Remove the default service account from the binding.',
    ],
  },
  target: { kinds: ['k8s.clusterrolebinding', 'k8s.rolebinding'] },
  evaluate: (binding) => {
    const role = binding.needStr('roleRef.name')
    if (binding.name.startsWith('system:') || binding.name.includes('/system:')) return notApplicable(`binding ${binding.label} is a Kubernetes default binding`)
    const namespace = binding.str('namespace')
    const defaults = binding
      .needObjects('subjects')
      .filter((s) => text(s['kind']) === 'ServiceAccount' && text(s['name']) === 'default')
      .map((s) => `${text(s['namespace'], namespace ?? '?')}/default`)
    return defaults.length === 0
      ? healthy(`binding ${binding.label} grants ${role} to no default service account`)
      : unhealthy(`binding ${binding.label} grants ${role} to the default service account ${defaults.join(', ')}`, { subjects: defaults })
  },
})
