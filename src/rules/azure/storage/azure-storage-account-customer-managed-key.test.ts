import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureStorageAccountCustomerManagedKey } from './azure-storage-account-customer-managed-key.js'
import { STORAGE_ACCOUNT } from './fixtures.js'

describe('azure-storage-account-customer-managed-key', () => {
  it('is healthy with a Key Vault key', () => {
    expect(evaluateRule(azureStorageAccountCustomerManagedKey, STORAGE_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy with Microsoft-managed keys', () => {
    expect(evaluateRule(azureStorageAccountCustomerManagedKey, withProps(STORAGE_ACCOUNT, { encryptionKeySource: 'Microsoft.Storage' }))).toMatchObject({ status: 'unhealthy', message: 'storage account `stdemo` is encrypted with Microsoft-managed keys (Microsoft.Storage)' })
  })
  it('is unknown without the encryption settings', () => {
    expect(evaluateRule(azureStorageAccountCustomerManagedKey, withProps(STORAGE_ACCOUNT, { encryptionKeySource: undefined })).status).toBe('unknown')
  })
})
