import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureKeyvaultKeyRotationPolicy } from './azure-keyvault-key-rotation-policy.js'
import { VAULT_KEY } from './fixtures.js'

describe('azure-keyvault-key-rotation-policy', () => {
  it('is healthy with a Rotate action', () => {
    expect(evaluateRule(azureKeyvaultKeyRotationPolicy, VAULT_KEY).status).toBe('healthy')
  })
  it('is unhealthy with only a Notify action or no policy', () => {
    const notify = withProps(VAULT_KEY, { rotationPolicy: { lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Notify' } }] } })
    expect(evaluateRule(azureKeyvaultKeyRotationPolicy, notify)).toMatchObject({ status: 'unhealthy', message: 'key `storage-cmk` has no automatic rotation' })
    expect(evaluateRule(azureKeyvaultKeyRotationPolicy, withProps(VAULT_KEY, { rotationPolicy: undefined })).status).toBe('unhealthy')
  })
})
