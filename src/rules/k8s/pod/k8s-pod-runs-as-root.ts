/** @module k8s-pod-runs-as-root */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, containersOf, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodRunsAsRoot = defineRule({
  id: 'k8s-pod-runs-as-root',
  title: 'Pod containers run as a non-root user',
  description:
    'A container that may run as UID 0 is root on the node\'s kernel: any escape (a kernel bug, a writable host ' +
    'mount, a dangerous capability) gives root on the node. runAsNonRoot: true (or a non-zero runAsUser) makes the ' +
    'kubelet refuse root.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Set securityContext.runAsNonRoot: true and a non-zero runAsUser on the pod or each container; build images with a USER.', 'Enforce the restricted Pod Security Standard.'],
    cli: 'kubectl label namespace <ns> pod-security.kubernetes.io/enforce=restricted',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const containers = containersOf(spec).filter((c) => c['role'] !== 'ephemeral')
    if (containers.length === 0) return unknown(`${workloadLabel(node)}: its containers are not in the input`)
    const asRoot = containers.filter((c) => c['runAsUser'] === 0)
    if (asRoot.length > 0) return unhealthy(`${workloadLabel(node)} runs ${asRoot.map((c) => text(c['name'])).join(', ')} as UID 0`)
    const mayBeRoot = containers.filter((c) => c['runAsNonRoot'] !== true && !(typeof c['runAsUser'] === 'number' && c['runAsUser'] > 0))
    return mayBeRoot.length === 0
      ? healthy(`${workloadLabel(node)} runs every container as non-root`)
      : unhealthy(`${workloadLabel(node)} may run ${mayBeRoot.map((c) => text(c['name'])).join(', ')} as root (no runAsNonRoot or runAsUser)`)
  },
})
