/** @module k8s-pod-host-port */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodHostPort = defineRule({
  id: 'k8s-pod-host-port',
  title: 'Pod containers bind no host port',
  description:
    'A hostPort publishes the container on the node\'s own address, bypassing Services and most NetworkPolicy ' +
    'implementations, and exposing it wherever the node is reachable (often beyond the cluster).',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'container-security'],
  remediation: {
    steps: ['Remove hostPort from the container ports and publish the workload through a Service (ClusterIP, or LoadBalancer with source ranges).'],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const ports = spec['hostPorts']
    if (!Array.isArray(ports)) return unknown(`${workloadLabel(node)}: its container ports are not in the input`)
    const bound = ports.filter((p): p is number => typeof p === 'number' && p > 0)
    return bound.length === 0
      ? healthy(`${workloadLabel(node)} binds no host port`)
      : unhealthy(`${workloadLabel(node)} binds host port${bound.length > 1 ? 's' : ''} ${bound.join(', ')}`, { hostPorts: bound })
  },
})
