import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureStorageAccountSharedKeyAccessDisabled } from './azure-storage-account-shared-key-access-disabled.js'
import { STORAGE_ACCOUNT } from './fixtures.js'

describe('azure-storage-account-shared-key-access-disabled', () => {
  it('is healthy when shared keys are refused', () => {
    expect(evaluateRule(azureStorageAccountSharedKeyAccessDisabled, STORAGE_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy when they are accepted', () => {
    expect(evaluateRule(azureStorageAccountSharedKeyAccessDisabled, withProps(STORAGE_ACCOUNT, { allowSharedKeyAccess: true }))).toMatchObject({ status: 'unhealthy', message: 'storage account `stdemo` accepts requests signed with its account keys' })
  })
  it('is unknown without the setting', () => {
    expect(evaluateRule(azureStorageAccountSharedKeyAccessDisabled, withProps(STORAGE_ACCOUNT, { allowSharedKeyAccess: undefined })).status).toBe('unknown')
  })
})
