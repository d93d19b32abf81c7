import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureStorageAccountMinTlsVersion } from './azure-storage-account-min-tls-version.js'
import { STORAGE_ACCOUNT } from './fixtures.js'

describe('azure-storage-account-min-tls-version', () => {
  it('is healthy with TLS 1.2', () => {
    expect(evaluateRule(azureStorageAccountMinTlsVersion, STORAGE_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy with TLS 1.0', () => {
    expect(evaluateRule(azureStorageAccountMinTlsVersion, withProps(STORAGE_ACCOUNT, { minimumTlsVersion: 'TLS1_0' }))).toMatchObject({ status: 'unhealthy', message: 'storage account `stdemo` accepts TLS1_0' })
  })
  it('is unhealthy when unset (the old default is TLS 1.0)', () => {
    expect(evaluateRule(azureStorageAccountMinTlsVersion, withProps(STORAGE_ACCOUNT, { minimumTlsVersion: undefined })).status).toBe('unhealthy')
  })
})
