import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsElbLoadBalancerDeletionProtection } from './aws-elb-load-balancer-deletion-protection.js'
import { LOAD_BALANCER, attributes } from './fixtures.js'

describe('aws-elb-load-balancer-deletion-protection', () => {
  it('is healthy with deletion protection', () => {
    expect(evaluateRule(awsElbLoadBalancerDeletionProtection, LOAD_BALANCER).status).toBe('healthy')
  })
  it('is unhealthy without it (API casing)', () => {
    const off = withProps(LOAD_BALANCER, { attributes: { Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }] } })
    expect(evaluateRule(awsElbLoadBalancerDeletionProtection, off)).toMatchObject({ status: 'unhealthy', message: 'load balancer `web` can be deleted without turning off deletion protection first' })
  })
  it('is unknown without attributes', () => {
    expect(evaluateRule(awsElbLoadBalancerDeletionProtection, withProps(LOAD_BALANCER, { attributes: undefined })).status).toBe('unknown')
    expect(evaluateRule(awsElbLoadBalancerDeletionProtection, withProps(LOAD_BALANCER, { attributes: attributes({}) })).status).toBe('unknown')
  })
})
