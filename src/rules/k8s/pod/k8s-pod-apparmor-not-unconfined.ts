/** @module k8s-pod-apparmor-not-unconfined */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podAnnotationsOf, rawContainersOf, rawObject, rawPodSpecOf, workloadLabel } from '../pod-spec.js'

/** The pre-1.30 per-container annotation. */
const ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/'

export const k8sPodApparmorNotUnconfined = defineRule({
  id: 'k8s-pod-apparmor-not-unconfined',
  title: 'Pod containers do not turn the AppArmor profile off',
  description:
    'On AppArmor nodes the runtime confines every container with its default profile (no mount, no raw /proc ' +
    'writes, no ptrace of the host); setting the profile to unconfined removes that layer for the container.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Remove the unconfined AppArmor profile (appArmorProfile.type: Unconfined or the annotation) so the runtime default applies, or use a Localhost profile.'],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = rawPodSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod manifest is not in the input`)
    const annotations = podAnnotationsOf(node)
    const podType = rawObject(spec, 'securityContext', 'appArmorProfile')?.['type']
    const unconfined = rawContainersOf(spec)
      .filter((c) => {
        const name = text(c['name'])
        const type = rawObject(c, 'securityContext', 'appArmorProfile')?.['type'] ?? podType
        return type === 'Unconfined' || (type === undefined && annotations[`${ANNOTATION}${name}`] === 'unconfined')
      })
      .map((c) => text(c['name']))
    return unconfined.length === 0
      ? healthy(`${workloadLabel(node)} leaves AppArmor confinement on`)
      : unhealthy(`${workloadLabel(node)} runs ${unconfined.join(', ')} AppArmor-unconfined`, { containers: unconfined })
  },
})
