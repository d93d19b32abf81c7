import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpCloudfunctionsFunctionNotPublic } from './gcp-cloudfunctions-function-not-public.js'
import { FUNCTION } from './fixtures.js'

describe('gcp-cloudfunctions-function-not-public', () => {
  it('is healthy with named invokers', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionNotPublic, FUNCTION).status).toBe('healthy')
  })
  it('is unhealthy when allUsers can invoke it', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionNotPublic, withProps(FUNCTION, { publicBindings: [{ role: "roles/cloudfunctions.invoker", member: "allUsers" }] }))).toMatchObject({ status: 'unhealthy', message: 'function `webhook` can be invoked by allUsers (roles/cloudfunctions.invoker)' })
  })
  it('is healthy when the public role does not invoke', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionNotPublic, withProps(FUNCTION, { publicBindings: [{ role: "roles/cloudfunctions.viewer", member: "allAuthenticatedUsers" }] })).status).toBe('healthy')
  })
  it('is unknown without the IAM policy', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionNotPublic, withProps(FUNCTION, { publicBindings: undefined })).status).toBe('unknown')
  })
})
