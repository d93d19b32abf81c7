/** @module k8s-pod-selinux-options */
import type { JsonObject } from '../../../model/graph-types.js'
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, rawContainersOf, rawObject, rawPodSpecOf, workloadLabel } from '../pod-spec.js'

/** The SELinux types the baseline Pod Security Standard allows; user and role must stay unset. */
const ALLOWED_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'])

function violation(options: JsonObject | undefined): string | undefined {
  if (options === undefined) return undefined
  const type = text(options['type'])
  if (!ALLOWED_TYPES.has(type)) return `type ${type}`
  if (text(options['user']) !== '') return `user ${text(options['user'])}`
  return text(options['role']) !== '' ? `role ${text(options['role'])}` : undefined
}

export const k8sPodSelinuxOptions = defineRule({
  id: 'k8s-pod-selinux-options',
  title: 'Pods do not override their SELinux type, user or role',
  description:
    'On SELinux nodes every container runs as container_t, confined away from host files and other containers; a ' +
    'custom type (spc_t, unconfined_t), user or role lifts that confinement and gives the container the host\'s view.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: { steps: ['Remove seLinuxOptions type, user and role (keep level if MCS labels are needed); enforce the baseline Pod Security Standard.'] },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = rawPodSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod manifest is not in the input`)
    const found = [
      ...[violation(rawObject(spec, 'securityContext', 'seLinuxOptions'))].flatMap((v) => (v === undefined ? [] : [`pod: ${v}`])),
      ...rawContainersOf(spec).flatMap((c) => {
        const v = violation(rawObject(c, 'securityContext', 'seLinuxOptions'))
        return v === undefined ? [] : [`${text(c['name'])}: ${v}`]
      }),
    ]
    return found.length === 0
      ? healthy(`${workloadLabel(node)} keeps the default SELinux confinement`)
      : unhealthy(`${workloadLabel(node)} overrides SELinux options (${found.join('; ')})`, { overrides: found })
  },
})
