import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsElbLoadBalancerDropsInvalidHeaders } from './aws-elb-load-balancer-drops-invalid-headers.js'
import { LOAD_BALANCER, attributes } from './fixtures.js'

describe('aws-elb-load-balancer-drops-invalid-headers', () => {
  it('is healthy when invalid headers are dropped', () => {
    expect(evaluateRule(awsElbLoadBalancerDropsInvalidHeaders, LOAD_BALANCER).status).toBe('healthy')
  })
  it('is unhealthy when they are forwarded', () => {
    const off = withProps(LOAD_BALANCER, { attributes: attributes({ 'routing.http.drop_invalid_header_fields.enabled': 'false' }) })
    expect(evaluateRule(awsElbLoadBalancerDropsInvalidHeaders, off)).toMatchObject({ status: 'unhealthy', message: 'load balancer `web` forwards invalid header fields to its targets' })
  })
  it('is not applicable to network load balancers and unknown without attributes', () => {
    expect(evaluateRule(awsElbLoadBalancerDropsInvalidHeaders, withProps(LOAD_BALANCER, { type: 'network' })).status).toBe('not-applicable')
    expect(evaluateRule(awsElbLoadBalancerDropsInvalidHeaders, withProps(LOAD_BALANCER, { attributes: undefined })).status).toBe('unknown')
  })
})
