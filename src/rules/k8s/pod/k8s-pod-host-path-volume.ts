/** @module k8s-pod-host-path-volume */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodHostPathVolume = defineRule({
  id: 'k8s-pod-host-path-volume',
  title: 'Pod mounts no hostPath volume',
  description:
    'A hostPath volume exposes the node\'s file system to the container: kubelet credentials, other pods\' secrets, ' +
    'the container runtime socket, or the whole root file system.',
  severity: 'high',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Replace hostPath volumes with emptyDir, configMap, secret or persistent volumes.', 'Enforce the baseline Pod Security Standard.'],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const volumes = Array.isArray(spec['hostPathVolumes']) ? spec['hostPathVolumes'] : undefined
    if (volumes === undefined) return unknown(`${workloadLabel(node)}: its volumes are not in the input`)
    const paths = volumes.map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? text(v['path'] ?? v['name'], '?') : text(v, '?')))
    return paths.length === 0
      ? healthy(`${workloadLabel(node)} mounts no hostPath volume`)
      : unhealthy(`${workloadLabel(node)} mounts host path ${paths.join(', ')}`, { paths })
  },
})
