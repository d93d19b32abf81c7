import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureStorageAccountInfrastructureEncryption } from './azure-storage-account-infrastructure-encryption.js'
import { STORAGE_ACCOUNT } from './fixtures.js'

describe('azure-storage-account-infrastructure-encryption', () => {
  it('is healthy with infrastructure encryption', () => {
    expect(evaluateRule(azureStorageAccountInfrastructureEncryption, STORAGE_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy without it (absent in ARM)', () => {
    expect(evaluateRule(azureStorageAccountInfrastructureEncryption, withProps(STORAGE_ACCOUNT, { infrastructureEncryption: undefined }))).toMatchObject({ status: 'unhealthy', message: 'storage account `stdemo` encrypts data with a single layer only' })
  })
})
