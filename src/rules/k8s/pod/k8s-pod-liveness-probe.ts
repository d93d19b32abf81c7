/** @module k8s-pod-liveness-probe */
import { defineRule, healthy, notApplicable, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, rawContainersOf, rawPodSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodLivenessProbe = defineRule({
  id: 'k8s-pod-liveness-probe',
  title: 'Long-running pod containers define a liveness probe',
  description:
    'Without a liveness probe a hung or deadlocked container keeps its place and keeps receiving traffic until ' +
    'someone notices; the kubelet restarts containers whose probe fails.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: { steps: ['Add a livenessProbe (httpGet, tcpSocket, grpc or exec) to each long-running container, with a generous initialDelaySeconds.'] },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    if (node.kind === 'k8s.job' || node.kind === 'k8s.cronjob') return notApplicable(`${workloadLabel(node)} runs to completion`)
    const spec = rawPodSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod manifest is not in the input`)
    const containers = spec['containers']
    if (!Array.isArray(containers) || containers.length === 0) return unknown(`${workloadLabel(node)}: its containers are not in the input`)
    // Init containers run to completion: only the regular containers are probed.
    const unprobed = rawContainersOf({ containers }).filter((c) => c['livenessProbe'] === undefined).map((c) => text(c['name']))
    return unprobed.length === 0
      ? healthy(`${workloadLabel(node)} probes the liveness of every container`)
      : unhealthy(`${workloadLabel(node)} has no liveness probe on ${unprobed.join(', ')}`, { containers: unprobed })
  },
})
