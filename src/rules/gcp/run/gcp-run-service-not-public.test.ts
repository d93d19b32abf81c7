import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpRunServiceNotPublic } from './gcp-run-service-not-public.js'
import { RUN_SERVICE } from './fixtures.js'

describe('gcp-run-service-not-public', () => {
  it('is healthy with named invokers', () => {
    expect(evaluateRule(gcpRunServiceNotPublic, RUN_SERVICE).status).toBe('healthy')
  })
  it('is unhealthy when allUsers can invoke it', () => {
    expect(evaluateRule(gcpRunServiceNotPublic, withProps(RUN_SERVICE, { publicBindings: [{ role: "roles/run.invoker", member: "allUsers" }] }))).toMatchObject({ status: 'unhealthy', message: 'service `api` can be invoked by allUsers (roles/run.invoker)' })
  })
  it('is unknown without the IAM policy', () => {
    expect(evaluateRule(gcpRunServiceNotPublic, withProps(RUN_SERVICE, { publicBindings: undefined })).status).toBe('unknown')
  })
})
