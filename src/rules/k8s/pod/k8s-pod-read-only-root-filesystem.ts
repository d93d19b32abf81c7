/** @module k8s-pod-read-only-root-filesystem */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, containersOf, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodReadOnlyRootFilesystem = defineRule({
  id: 'k8s-pod-read-only-root-filesystem',
  title: 'Pod containers run with a read-only root file system',
  description:
    'A writable root file system lets an intruder drop tools, alter binaries and persist inside the container; ' +
    'a read-only one (with emptyDir volumes where the application writes) takes that away.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['container-security'],
  remediation: {
    steps: ['Set securityContext.readOnlyRootFilesystem: true on every container and mount emptyDir volumes for the paths it writes.'],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const containers = containersOf(spec).filter((c) => c['role'] !== 'ephemeral')
    if (containers.length === 0) return unknown(`${workloadLabel(node)}: its containers are not in the input`)
    const writable = containers.filter((c) => c['readOnlyRootFilesystem'] !== true).map((c) => text(c['name']))
    return writable.length === 0
      ? healthy(`${workloadLabel(node)} runs every container with a read-only root file system`)
      : unhealthy(`${workloadLabel(node)} runs ${writable.join(', ')} with a writable root file system`, { containers: writable })
  },
})
