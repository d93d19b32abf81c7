import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsElbLoadBalancerAccessLogs } from './aws-elb-load-balancer-access-logs.js'
import { LOAD_BALANCER, attributes } from './fixtures.js'

describe('aws-elb-load-balancer-access-logs', () => {
  it('is healthy with access logs, naming the bucket', () => {
    expect(evaluateRule(awsElbLoadBalancerAccessLogs, LOAD_BALANCER)).toMatchObject({ status: 'healthy', message: 'load balancer `web` writes access logs to lb-logs' })
  })
  it('is unhealthy without access logs', () => {
    expect(evaluateRule(awsElbLoadBalancerAccessLogs, withProps(LOAD_BALANCER, { attributes: attributes({ 'access_logs.s3.enabled': 'false' }) })).status).toBe('unhealthy')
  })
  it('is not applicable to gateway load balancers and unknown without attributes', () => {
    expect(evaluateRule(awsElbLoadBalancerAccessLogs, withProps(LOAD_BALANCER, { type: 'gateway' })).status).toBe('not-applicable')
    expect(evaluateRule(awsElbLoadBalancerAccessLogs, withProps(LOAD_BALANCER, { attributes: undefined })).status).toBe('unknown')
  })
})
