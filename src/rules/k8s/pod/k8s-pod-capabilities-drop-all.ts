/** @module k8s-pod-capabilities-drop-all */
import { defineRule, healthy, text, texts, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, containersOf, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodCapabilitiesDropAll = defineRule({
  id: 'k8s-pod-capabilities-drop-all',
  title: 'Pod containers drop all Linux capabilities',
  description:
    'Without capabilities.drop: ["ALL"] a container keeps the runtime\'s default set (CHOWN, DAC_OVERRIDE, FOWNER, ' +
    'SETUID, SETGID, NET_RAW, MKNOD…), which an intruder uses to escalate inside the container and attack the node.',
  severity: 'low',
  control: 'remediate-security-configurations',
  categories: ['container-security'],
  remediation: {
    steps: ['Set securityContext.capabilities.drop: ["ALL"] on every container and add back only the capabilities it needs (typically none, or NET_BIND_SERVICE).'],
    cli: 'kubectl label namespace <ns> pod-security.kubernetes.io/enforce=restricted',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const containers = containersOf(spec).filter((c) => c['role'] !== 'ephemeral')
    if (containers.length === 0) return unknown(`${workloadLabel(node)}: its containers are not in the input`)
    const keeping = containers.filter((c) => !texts(c['capabilitiesDrop']).some((cap) => cap.toUpperCase() === 'ALL')).map((c) => text(c['name']))
    return keeping.length === 0
      ? healthy(`${workloadLabel(node)} drops all capabilities in every container`)
      : unhealthy(`${workloadLabel(node)} keeps the default capabilities in ${keeping.join(', ')}`, { containers: keeping })
  },
})
