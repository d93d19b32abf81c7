import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureKeyvaultSecretExpirationSet } from './azure-keyvault-secret-expiration-set.js'
import { VAULT_SECRET } from './fixtures.js'

describe('azure-keyvault-secret-expiration-set', () => {
  it('is healthy with an expiration date', () => {
    expect(evaluateRule(azureKeyvaultSecretExpirationSet, VAULT_SECRET).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(azureKeyvaultSecretExpirationSet, withProps(VAULT_SECRET, { expires: undefined }))).toMatchObject({ status: 'unhealthy', message: 'secret `db-password` never expires' })
  })
  it('is not applicable when disabled, unknown without attributes', () => {
    expect(evaluateRule(azureKeyvaultSecretExpirationSet, withProps(VAULT_SECRET, { enabled: false, expires: undefined })).status).toBe('not-applicable')
    expect(evaluateRule(azureKeyvaultSecretExpirationSet, withProps(VAULT_SECRET, { enabled: undefined, expires: undefined })).status).toBe('unknown')
  })
})
