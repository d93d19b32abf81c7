/** @module k8s-pod-privilege-escalation-allowed */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, containersOf, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodPrivilegeEscalationAllowed = defineRule({
  id: 'k8s-pod-privilege-escalation-allowed',
  title: 'Pod containers set allowPrivilegeEscalation to false',
  description:
    'Unless allowPrivilegeEscalation is false, a process in the container can gain more privileges than its ' +
    'parent (setuid binaries, file capabilities): Kubernetes leaves it allowed by default.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Set securityContext.allowPrivilegeEscalation: false on every container.', 'Enforce the restricted Pod Security Standard on the namespace.'],
    cli: 'kubectl label namespace <ns> pod-security.kubernetes.io/enforce=restricted',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const containers = containersOf(spec)
    if (containers.length === 0) return unknown(`${workloadLabel(node)}: its containers are not in the input`)
    // Unset means allowed (the Kubernetes default), and privileged containers always may escalate.
    const allowed = containers.filter((c) => c['allowPrivilegeEscalation'] !== false || c['privileged'] === true).map((c) => text(c['name']))
    return allowed.length === 0
      ? healthy(`${workloadLabel(node)} forbids privilege escalation in every container`)
      : unhealthy(`${workloadLabel(node)} allows privilege escalation in ${allowed.join(', ')}`, { containers: allowed })
  },
})
