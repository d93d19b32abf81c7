/** @module k8s-pod-privileged-container */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, containersOf, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodPrivilegedContainer = defineRule({
  id: 'k8s-pod-privileged-container',
  title: 'Pod runs no privileged container',
  description:
    'A privileged container has every capability and the host\'s devices: escaping to the node (and its cloud identity) ' +
    'is one mount away.',
  severity: 'high',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Remove securityContext.privileged: true; add only the capabilities the container needs.', 'Enforce the baseline Pod Security Standard on the namespace.'],
    cli: 'kubectl label namespace <ns> pod-security.kubernetes.io/enforce=baseline',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const privileged = containersOf(spec).filter((c) => c['privileged'] === true).map((c) => text(c['name']))
    return privileged.length === 0
      ? healthy(`${workloadLabel(node)} runs no privileged container`)
      : unhealthy(`${workloadLabel(node)} runs privileged container ${privileged.join(', ')}`, { containers: privileged })
  },
})
