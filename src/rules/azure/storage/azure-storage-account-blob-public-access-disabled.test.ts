import { describe, expect, it } from 'vitest'
import { evaluateRule, insightOf, withProps } from '../../testing/rule-harness.js'
import { azureStorageAccountBlobPublicAccessDisabled } from './azure-storage-account-blob-public-access-disabled.js'
import { STORAGE_ACCOUNT } from './fixtures.js'

describe('azure-storage-account-blob-public-access-disabled', () => {
  it('is healthy when anonymous blob access is disabled', () => {
    expect(evaluateRule(azureStorageAccountBlobPublicAccessDisabled, STORAGE_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy when allowed, naming the public containers', () => {
    const open = { ...withProps(STORAGE_ACCOUNT, { allowBlobPublicAccess: true }), insights: [insightOf('allows-public-access', { containers: ['stdemo/default/exports'] })] }
    expect(evaluateRule(azureStorageAccountBlobPublicAccessDisabled, open)).toMatchObject({ status: 'unhealthy', message: 'storage account `stdemo` allows anonymous blob access; public containers: stdemo/default/exports' })
  })
  it('is unhealthy when the property is absent (older accounts default to allowed)', () => {
    expect(evaluateRule(azureStorageAccountBlobPublicAccessDisabled, withProps(STORAGE_ACCOUNT, { allowBlobPublicAccess: undefined })).status).toBe('unhealthy')
  })
})
