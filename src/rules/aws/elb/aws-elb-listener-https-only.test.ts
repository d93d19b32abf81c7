import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsElbListenerHttpsOnly } from './aws-elb-listener-https-only.js'
import { LISTENER } from './fixtures.js'

const http = { ...withProps(LISTENER, { protocol: 'http', port: 80, sslPolicy: undefined }), name: 'http:80' }

describe('aws-elb-listener-https-only', () => {
  it('is healthy for an HTTPS listener', () => {
    expect(evaluateRule(awsElbListenerHttpsOnly, LISTENER).status).toBe('healthy')
  })
  it('is healthy for an HTTP listener that redirects to HTTPS', () => {
    const redirect = withProps(http, { defaultActions: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }] })
    expect(evaluateRule(awsElbListenerHttpsOnly, redirect).status).toBe('healthy')
  })
  it('is unhealthy for an HTTP listener that forwards', () => {
    expect(evaluateRule(awsElbListenerHttpsOnly, http)).toMatchObject({ status: 'unhealthy', message: 'listener `http:80` serves plain HTTP on port 80' })
  })
  it('is not applicable to TCP listeners and unknown without the protocol', () => {
    expect(evaluateRule(awsElbListenerHttpsOnly, withProps(LISTENER, { protocol: 'tcp' })).status).toBe('not-applicable')
    expect(evaluateRule(awsElbListenerHttpsOnly, withProps(LISTENER, { protocol: undefined })).status).toBe('unknown')
  })
})
