/** @module k8s-pod-seccomp-profile */
import type { JsonObject } from '../../../model/graph-types.js'
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podAnnotationsOf, rawContainersOf, rawObject, rawPodSpecOf, workloadLabel } from '../pod-spec.js'

const CONFINED = new Set(['RuntimeDefault', 'Localhost'])
/** The pre-1.19 annotations, still honoured by older clusters. */
const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod'
const CONTAINER_ANNOTATION = 'container.seccomp.security.alpha.kubernetes.io/'

const profileType = (securityContext: JsonObject | undefined): string | undefined => {
  const type = rawObject(securityContext, 'seccompProfile')?.['type']
  return typeof type === 'string' ? type : undefined
}
const annotationType = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : value === 'runtime/default' || value === 'docker/default' ? 'RuntimeDefault' : value.startsWith('localhost/') ? 'Localhost' : 'Unconfined'

export const k8sPodSeccompProfile = defineRule({
  id: 'k8s-pod-seccomp-profile',
  title: 'Pod containers run with the RuntimeDefault or a Localhost seccomp profile',
  description:
    'Kubernetes runs containers Unconfined by default: every system call is open to them, including the rarely ' +
    'used ones most kernel exploits and container escapes rely on. The runtime\'s default profile blocks those.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: [
      'Set securityContext.seccompProfile.type: RuntimeDefault on the pod (or a Localhost profile tuned to the application).',
      'Enforce the restricted Pod Security Standard, or enable the kubelet SeccompDefault feature.',
    ],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = rawPodSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod manifest is not in the input`)
    const containers = rawContainersOf(spec)
    if (containers.length === 0) return unknown(`${workloadLabel(node)}: its containers are not in the input`)
    const annotations = podAnnotationsOf(node)
    const podType = profileType(rawObject(spec, 'securityContext')) ?? annotationType(annotations[POD_ANNOTATION])
    const unconfined = containers
      .filter((c) => {
        const name = text(c['name'])
        const type = profileType(rawObject(c, 'securityContext')) ?? annotationType(annotations[`${CONTAINER_ANNOTATION}${name}`]) ?? podType
        return type === undefined || !CONFINED.has(type)
      })
      .map((c) => text(c['name']))
    return unconfined.length === 0
      ? healthy(`${workloadLabel(node)} confines every container with a seccomp profile`)
      : unhealthy(`${workloadLabel(node)} runs ${unconfined.join(', ')} without a seccomp profile (Unconfined)`, { containers: unconfined })
  },
})
