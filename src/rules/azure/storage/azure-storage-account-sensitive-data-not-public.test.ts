import { describe, expect, it } from 'vitest'
import { evaluateRule, insightOf } from '../../testing/rule-harness.js'
import { azureStorageAccountSensitiveDataNotPublic } from './azure-storage-account-sensitive-data-not-public.js'
import { STORAGE_ACCOUNT } from './fixtures.js'

const sensitive = insightOf('contains-sensitive-data')

describe('azure-storage-account-sensitive-data-not-public', () => {
  it('is unhealthy when a sensitive account is public', () => {
    expect(evaluateRule(azureStorageAccountSensitiveDataNotPublic, { ...STORAGE_ACCOUNT, insights: [sensitive, insightOf('allows-public-access')] }).status).toBe('unhealthy')
  })
  it('is healthy when a sensitive account is private', () => {
    expect(evaluateRule(azureStorageAccountSensitiveDataNotPublic, { ...STORAGE_ACCOUNT, insights: [sensitive] }).status).toBe('healthy')
  })
  it('is not applicable without sensitive data', () => {
    expect(evaluateRule(azureStorageAccountSensitiveDataNotPublic, { ...STORAGE_ACCOUNT, insights: [insightOf('allows-public-access')] }).status).toBe('not-applicable')
  })
})
