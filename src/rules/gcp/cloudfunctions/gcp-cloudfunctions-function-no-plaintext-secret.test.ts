import { describe, expect, it } from 'vitest'
import { evaluateRule, insightOf, withProps } from '../../testing/rule-harness.js'
import { gcpCloudfunctionsFunctionNoPlaintextSecret } from './gcp-cloudfunctions-function-no-plaintext-secret.js'
import { FUNCTION } from './fixtures.js'

describe('gcp-cloudfunctions-function-no-plaintext-secret', () => {
  it('is healthy when the scanned environment holds no credential', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionNoPlaintextSecret, FUNCTION).status).toBe('healthy')
  })
  it('is unhealthy when the reader found a credential, naming kind and place', () => {
    const leaking = { ...FUNCTION, insights: [insightOf('has-plaintext-secret', { kinds: ['stripe-secret-key'], locations: ['environmentVariables.STRIPE_KEY'] })] }
    expect(evaluateRule(gcpCloudfunctionsFunctionNoPlaintextSecret, leaking)).toMatchObject({
      status: 'unhealthy',
      message: 'function `webhook` holds a plaintext credential (stripe-secret-key) in environmentVariables.STRIPE_KEY',
    })
  })
  it('is unknown when the environment was not read', () => {
    expect(evaluateRule(gcpCloudfunctionsFunctionNoPlaintextSecret, withProps(FUNCTION, { environmentVariableNames: undefined })).status).toBe('unknown')
  })
})
