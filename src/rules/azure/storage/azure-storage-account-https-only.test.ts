import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureStorageAccountHttpsOnly } from './azure-storage-account-https-only.js'
import { STORAGE_ACCOUNT } from './fixtures.js'

describe('azure-storage-account-https-only', () => {
  it('is healthy when secure transfer is required', () => {
    expect(evaluateRule(azureStorageAccountHttpsOnly, STORAGE_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy when HTTP is accepted', () => {
    expect(evaluateRule(azureStorageAccountHttpsOnly, withProps(STORAGE_ACCOUNT, { httpsOnly: false }))).toMatchObject({ status: 'unhealthy', message: 'storage account `stdemo` accepts HTTP (supportsHttpsTrafficOnly is false)' })
  })
  it('is unknown when the setting was not exported', () => {
    expect(evaluateRule(azureStorageAccountHttpsOnly, withProps(STORAGE_ACCOUNT, { httpsOnly: undefined })).status).toBe('unknown')
  })
})
