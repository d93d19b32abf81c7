import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureStorageAccountNetworkDefaultDeny } from './azure-storage-account-network-default-deny.js'
import { STORAGE_ACCOUNT } from './fixtures.js'

describe('azure-storage-account-network-default-deny', () => {
  it('is healthy with default action Deny', () => {
    expect(evaluateRule(azureStorageAccountNetworkDefaultDeny, STORAGE_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy with default action Allow', () => {
    expect(evaluateRule(azureStorageAccountNetworkDefaultDeny, withProps(STORAGE_ACCOUNT, { networkDefaultAction: 'allow' }))).toMatchObject({ status: 'unhealthy', message: 'storage account `stdemo` accepts connections from any network' })
  })
  it('is healthy with public network access disabled, unknown without network rules', () => {
    expect(evaluateRule(azureStorageAccountNetworkDefaultDeny, withProps(STORAGE_ACCOUNT, { networkDefaultAction: 'allow', publicNetworkAccess: 'disabled' })).status).toBe('healthy')
    expect(evaluateRule(azureStorageAccountNetworkDefaultDeny, withProps(STORAGE_ACCOUNT, { networkDefaultAction: undefined })).status).toBe('unknown')
  })
})
