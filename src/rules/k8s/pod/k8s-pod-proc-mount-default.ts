/** @module k8s-pod-proc-mount-default */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, rawContainersOf, rawObject, rawPodSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodProcMountDefault = defineRule({
  id: 'k8s-pod-proc-mount-default',
  title: 'Pod containers keep the default masked /proc mount',
  description:
    'procMount: Unmasked exposes the /proc paths the runtime normally masks or makes read-only (kcore, sysrq-trigger, ' +
    'timer_list…), handing a container information and controls over the node kernel.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: { steps: ['Remove securityContext.procMount or set it to Default; enforce the baseline Pod Security Standard.'] },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = rawPodSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod manifest is not in the input`)
    const unmasked = rawContainersOf(spec)
      .filter((c) => {
        const mount = rawObject(c, 'securityContext')?.['procMount']
        return typeof mount === 'string' && mount !== 'Default'
      })
      .map((c) => text(c['name']))
    return unmasked.length === 0
      ? healthy(`${workloadLabel(node)} keeps the default /proc mount`)
      : unhealthy(`${workloadLabel(node)} unmasks /proc in ${unmasked.join(', ')}`, { containers: unmasked })
  },
})
