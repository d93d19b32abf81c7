/** @module k8s-pod-windows-host-process */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, rawContainersOf, rawObject, rawPodSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodWindowsHostProcess = defineRule({
  id: 'k8s-pod-windows-host-process',
  title: 'Pods run no Windows HostProcess container',
  description:
    'A Windows HostProcess container runs directly on the node as a host process (often SYSTEM), with the node\'s ' +
    'network and file system: it is the Windows equivalent of a privileged pod with host namespaces.',
  severity: 'high',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: [
      'Remove securityContext.windowsOptions.hostProcess (and hostNetwork) unless the pod is a node agent that truly needs it.',
      'Enforce the baseline Pod Security Standard on application namespaces.',
    ],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = rawPodSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod manifest is not in the input`)
    const podHostProcess = rawObject(spec, 'securityContext', 'windowsOptions')?.['hostProcess'] === true
    const containers = rawContainersOf(spec)
    const hostProcess = containers
      .filter((c) => {
        const own = rawObject(c, 'securityContext', 'windowsOptions')?.['hostProcess']
        return own === true || (own === undefined && podHostProcess)
      })
      .map((c) => text(c['name']))
    if (hostProcess.length === 0 && podHostProcess) hostProcess.push('(pod)')
    return hostProcess.length === 0
      ? healthy(`${workloadLabel(node)} runs no HostProcess container`)
      : unhealthy(`${workloadLabel(node)} runs ${hostProcess.join(', ')} as Windows HostProcess on the node`, { containers: hostProcess })
  },
})
