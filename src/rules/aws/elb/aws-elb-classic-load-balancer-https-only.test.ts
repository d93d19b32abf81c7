import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsElbClassicLoadBalancerHttpsOnly } from './aws-elb-classic-load-balancer-https-only.js'
import { CLASSIC_LOAD_BALANCER } from './fixtures.js'

describe('aws-elb-classic-load-balancer-https-only', () => {
  it('is healthy with HTTPS listeners only', () => {
    expect(evaluateRule(awsElbClassicLoadBalancerHttpsOnly, CLASSIC_LOAD_BALANCER).status).toBe('healthy')
  })
  it('is unhealthy with an HTTP listener', () => {
    const http = withProps(CLASSIC_LOAD_BALANCER, { listeners: [{ protocol: 'http', port: 80, instanceProtocol: 'http', instancePort: 80 }] })
    expect(evaluateRule(awsElbClassicLoadBalancerHttpsOnly, http)).toMatchObject({ status: 'unhealthy', message: 'classic load balancer `legacy` serves plain HTTP on port 80' })
  })
  it('is unknown without listeners', () => {
    expect(evaluateRule(awsElbClassicLoadBalancerHttpsOnly, withProps(CLASSIC_LOAD_BALANCER, { listeners: undefined })).status).toBe('unknown')
  })
})
