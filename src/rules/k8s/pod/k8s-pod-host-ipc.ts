/** @module k8s-pod-host-ipc */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodHostIpc = defineRule({
  id: 'k8s-pod-host-ipc',
  title: 'Pod does not share the node IPC namespace',
  description: 'A pod that shares the node IPC namespace can read and write the shared memory and message queues of every process on the node.',
  severity: 'high',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Remove hostIPC: true from the pod spec.', 'Enforce the baseline Pod Security Standard on the namespace.'],
    cli: 'kubectl label namespace <ns> pod-security.kubernetes.io/enforce=baseline',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    const value = spec?.['hostIPC']
    if (typeof value !== 'boolean') return unknown(`${workloadLabel(node)}: hostIPC is not in the input`)
    return value ? unhealthy(`${workloadLabel(node)} shares the node IPC namespace (hostIPC)`) : healthy(`${workloadLabel(node)} does not share the node IPC namespace`)
  },
})
