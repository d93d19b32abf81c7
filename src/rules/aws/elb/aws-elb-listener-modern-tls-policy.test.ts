import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsElbListenerModernTlsPolicy } from './aws-elb-listener-modern-tls-policy.js'
import { LISTENER } from './fixtures.js'

describe('aws-elb-listener-modern-tls-policy', () => {
  it('is healthy with the TLS 1.2+ default policy', () => {
    expect(evaluateRule(awsElbListenerModernTlsPolicy, LISTENER).status).toBe('healthy')
  })
  it('is unhealthy with ELBSecurityPolicy-2016-08', () => {
    expect(evaluateRule(awsElbListenerModernTlsPolicy, withProps(LISTENER, { sslPolicy: 'ELBSecurityPolicy-2016-08' }))).toMatchObject({
      status: 'unhealthy',
      message: 'listener `https:443` uses ELBSecurityPolicy-2016-08, which accepts TLS versions older than 1.2',
    })
  })
  it('is not applicable to HTTP listeners and unknown without the policy', () => {
    expect(evaluateRule(awsElbListenerModernTlsPolicy, withProps(LISTENER, { protocol: 'http' })).status).toBe('not-applicable')
    expect(evaluateRule(awsElbListenerModernTlsPolicy, withProps(LISTENER, { sslPolicy: undefined })).status).toBe('unknown')
  })
})
