/** @module k8s-pod-host-network */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodHostNetwork = defineRule({
  id: 'k8s-pod-host-network',
  title: 'Pod does not share the node network namespace',
  description: 'A pod that shares the node network namespace sees every connection of the node, can bind its ports and reach services that trust the node address such as the cloud metadata endpoint.',
  severity: 'high',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Remove hostNetwork: true from the pod spec.', 'Enforce the baseline Pod Security Standard on the namespace.'],
    cli: 'kubectl label namespace <ns> pod-security.kubernetes.io/enforce=baseline',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    const value = spec?.['hostNetwork']
    if (typeof value !== 'boolean') return unknown(`${workloadLabel(node)}: hostNetwork is not in the input`)
    return value ? unhealthy(`${workloadLabel(node)} uses the node network namespace (hostNetwork)`) : healthy(`${workloadLabel(node)} does not share the node network namespace`)
  },
})
