import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpCloudfunctionsFunctionInternalIngress } from './gcp-cloudfunctions-function-internal-ingress.js'
import { FUNCTION } from './fixtures.js'

describe('gcp-cloudfunctions-function-internal-ingress', () => {
  it('is healthy with internal and load balancer ingress', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionInternalIngress, FUNCTION).status).toBe('healthy')
  })
  it('is unhealthy with ALLOW_ALL', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionInternalIngress, withProps(FUNCTION, { ingressSettings: "allow_all" }))).toMatchObject({ status: 'unhealthy', message: 'function `webhook` accepts HTTP requests from the whole internet (ALLOW_ALL)' })
  })
  it('is not applicable to event-triggered functions', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionInternalIngress, withProps(FUNCTION, { isHttpTriggered: false, ingressSettings: "allow_all" })).status).toBe('not-applicable')
  })
  it('is unknown without the ingress setting', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionInternalIngress, withProps(FUNCTION, { ingressSettings: undefined })).status).toBe('unknown')
  })
})
