/** @module k8s-service-load-balancer-source-ranges */
import { defineRule, healthy, isAnySource, notApplicable, unhealthy } from '../../rule-kit.js'

export const k8sServiceLoadBalancerSourceRanges = defineRule({
  id: 'k8s-service-load-balancer-source-ranges',
  title: 'LoadBalancer service limits its source ranges',
  description:
    'A LoadBalancer service without loadBalancerSourceRanges gets a cloud load balancer open to every address; ' +
    'internal services should use an internal load balancer or a source range allow list.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Set spec.loadBalancerSourceRanges to the client ranges, or annotate the service for an internal load balancer.',
      'Put public HTTP services behind an Ingress with a WAF instead.',
    ],
  },
  target: { kinds: ['k8s.service'] },
  evaluate: (service) => {
    const type = service.needStr('type')
    if (type !== 'LoadBalancer') return notApplicable(`service ${service.label} is of type ${type}`)
    const ranges = service.strings('loadBalancerSourceRanges') ?? []
    return ranges.length === 0 || ranges.some(isAnySource)
      ? unhealthy(`service ${service.label} is a load balancer open to any source address`)
      : healthy(`service ${service.label} only admits ${ranges.join(', ')}`)
  },
})
