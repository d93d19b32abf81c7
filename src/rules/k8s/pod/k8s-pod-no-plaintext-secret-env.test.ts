import { describe, expect, it } from 'vitest'
import { evaluateRule } from '../../testing/rule-harness.js'
import { k8sPodNoPlaintextSecretEnv } from './k8s-pod-no-plaintext-secret-env.js'
import { DEPLOYMENT, POD, withSpec } from './fixtures.js'

describe('k8s-pod-no-plaintext-secret-env', () => {
  it('is healthy when no credential-named variable has a literal value', () => {
    expect(evaluateRule(k8sPodNoPlaintextSecretEnv, withSpec(POD, { plaintextSecretEnv: [] })).status).toBe('healthy')
  })
  it('is unhealthy when DB_PASSWORD is a literal', () => {
    expect(evaluateRule(k8sPodNoPlaintextSecretEnv, withSpec(DEPLOYMENT, { plaintextSecretEnv: ['DB_PASSWORD'] }))).toMatchObject({
      status: 'unhealthy',
      message: 'deployment `shop/web` sets DB_PASSWORD to a literal value in the manifest',
    })
  })
  it('is unknown when the environment was not scanned', () => {
    expect(evaluateRule(k8sPodNoPlaintextSecretEnv, POD).status).toBe('unknown')
  })
})
