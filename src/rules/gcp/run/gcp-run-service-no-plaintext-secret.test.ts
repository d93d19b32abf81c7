import { describe, expect, it } from 'vitest'
import { evaluateRule, insightOf, withProps } from '../../testing/rule-harness.js'
import { gcpRunServiceNoPlaintextSecret } from './gcp-run-service-no-plaintext-secret.js'
import { RUN_SERVICE } from './fixtures.js'

describe('gcp-run-service-no-plaintext-secret', () => {
  it('is healthy when the scanned environment holds no credential', () => {
    expect(evaluateRule(gcpRunServiceNoPlaintextSecret, RUN_SERVICE).status).toBe('healthy')
  })
  it('is unhealthy when the reader found a credential', () => {
    const leaking = { ...RUN_SERVICE, insights: [insightOf('has-plaintext-secret', { kinds: ['gcp-service-account-key'], locations: ['containers[0].env.GOOGLE_KEY'] })] }
    expect(evaluateRule(gcpRunServiceNoPlaintextSecret, leaking)).toMatchObject({
      status: 'unhealthy',
      message: 'service `api` holds a plaintext credential (gcp-service-account-key) in containers[0].env.GOOGLE_KEY',
    })
  })
  it('is unknown when the environment was not read', () => {
    expect(evaluateRule(gcpRunServiceNoPlaintextSecret, withProps(RUN_SERVICE, { environmentVariableNames: undefined })).status).toBe('unknown')
  })
})
