import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureKeyvaultKeyExpirationSet } from './azure-keyvault-key-expiration-set.js'
import { VAULT_KEY } from './fixtures.js'

describe('azure-keyvault-key-expiration-set', () => {
  it('is healthy with an expiration date', () => {
    expect(evaluateRule(azureKeyvaultKeyExpirationSet, VAULT_KEY).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(azureKeyvaultKeyExpirationSet, withProps(VAULT_KEY, { expires: undefined }))).toMatchObject({ status: 'unhealthy', message: 'key `storage-cmk` never expires' })
  })
  it('is unknown without attributes', () => {
    expect(evaluateRule(azureKeyvaultKeyExpirationSet, withProps(VAULT_KEY, { enabled: undefined, expires: undefined })).status).toBe('unknown')
  })
})
