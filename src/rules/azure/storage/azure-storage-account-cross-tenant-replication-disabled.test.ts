import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureStorageAccountCrossTenantReplicationDisabled } from './azure-storage-account-cross-tenant-replication-disabled.js'
import { STORAGE_ACCOUNT } from './fixtures.js'

describe('azure-storage-account-cross-tenant-replication-disabled', () => {
  it('is healthy when refused', () => {
    expect(evaluateRule(azureStorageAccountCrossTenantReplicationDisabled, STORAGE_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy when allowed or unset (old default)', () => {
    expect(evaluateRule(azureStorageAccountCrossTenantReplicationDisabled, withProps(STORAGE_ACCOUNT, { allowCrossTenantReplication: true }))).toMatchObject({ status: 'unhealthy', message: 'storage account `stdemo` allows object replication to other tenants' })
    expect(evaluateRule(azureStorageAccountCrossTenantReplicationDisabled, withProps(STORAGE_ACCOUNT, { allowCrossTenantReplication: undefined })).status).toBe('unhealthy')
  })
})
