/** @module k8s-pod-resource-limits */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, rawContainersOf, rawObject, rawPodSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodResourceLimits = defineRule({
  id: 'k8s-pod-resource-limits',
  title: 'Pod containers set CPU and memory limits',
  description:
    'A container without limits can take all the CPU and memory of its node: a bug, a load spike or an intruder ' +
    'mining cryptocurrency starves every other pod there, and memory pressure gets neighbours evicted.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['container-security', 'resilience'],
  remediation: {
    steps: [
      'Set resources.limits.cpu and resources.limits.memory (with matching requests) on every container.',
      'Give each namespace a LimitRange with defaults and a ResourceQuota.',
    ],
    cli: 'kubectl set resources deployment <name> -n <ns> --limits=cpu=500m,memory=256Mi --requests=cpu=100m,memory=128Mi',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = rawPodSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod manifest is not in the input`)
    const containers = rawContainersOf(spec)
    if (containers.length === 0) return unknown(`${workloadLabel(node)}: its containers are not in the input`)
    const missing = containers.flatMap((c) => {
      const limits = rawObject(c, 'resources', 'limits') ?? {}
      const absent = ['cpu', 'memory'].filter((resource) => limits[resource] === undefined)
      return absent.length === 0 ? [] : [`${text(c['name'])} (no ${absent.join(' or ')} limit)`]
    })
    return missing.length === 0
      ? healthy(`${workloadLabel(node)} limits CPU and memory in every container`)
      : unhealthy(`${workloadLabel(node)} runs ${missing.join(', ')}`, { containers: missing })
  },
})
