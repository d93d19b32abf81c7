/** @module k8s-pod-host-pid */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodHostPid = defineRule({
  id: 'k8s-pod-host-pid',
  title: 'Pod does not share the node process namespace',
  description: 'A pod that shares the node process namespace can see and signal every process of the node and read their environment through /proc.',
  severity: 'high',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Remove hostPID: true from the pod spec.', 'Enforce the baseline Pod Security Standard on the namespace.'],
    cli: 'kubectl label namespace <ns> pod-security.kubernetes.io/enforce=baseline',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    const value = spec?.['hostPID']
    if (typeof value !== 'boolean') return unknown(`${workloadLabel(node)}: hostPID is not in the input`)
    return value ? unhealthy(`${workloadLabel(node)} shares the node process namespace (hostPID)`) : healthy(`${workloadLabel(node)} does not share the node process namespace`)
  },
})
