import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { k8sServiceLoadBalancerSourceRanges } from './k8s-service-load-balancer-source-ranges.js'

const service: NodeInput = {
  id: 'k8s://prod/shop/service/web',
  kind: 'k8s.service',
  family: 'k8s-service',
  provider: 'kubernetes',
  scope: 'k8s://prod',
  name: 'shop/web',
  props: { namespace: 'shop', type: 'LoadBalancer', ports: [{ port: 443, targetPort: 8443, protocol: 'TCP' }], loadBalancerSourceRanges: ['198.51.100.0/24'] },
}

describe('k8s-service-load-balancer-source-ranges', () => {
  it('is healthy with source ranges', () => {
    expect(evaluateRule(k8sServiceLoadBalancerSourceRanges, service).status).toBe('healthy')
  })
  it('is unhealthy without source ranges', () => {
    expect(evaluateRule(k8sServiceLoadBalancerSourceRanges, withProps(service, { loadBalancerSourceRanges: [] }))).toMatchObject({ status: 'unhealthy', message: 'service `shop/web` is a load balancer open to any source address' })
  })
  it('is not applicable to a ClusterIP service', () => {
    expect(evaluateRule(k8sServiceLoadBalancerSourceRanges, withProps(service, { type: 'ClusterIP' })).status).toBe('not-applicable')
  })
  it('is unknown without a type', () => {
    expect(evaluateRule(k8sServiceLoadBalancerSourceRanges, withProps(service, { type: undefined })).status).toBe('unknown')
  })
})
