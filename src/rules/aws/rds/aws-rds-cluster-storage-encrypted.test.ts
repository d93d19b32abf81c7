import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsClusterStorageEncrypted } from './aws-rds-cluster-storage-encrypted.js'
import { DB_CLUSTER } from './fixtures.js'

describe('aws-rds-cluster-storage-encrypted', () => {
  it('is healthy when encrypted', () => {
    expect(evaluateRule(awsRdsClusterStorageEncrypted, DB_CLUSTER).status).toBe('healthy')
  })
  it('is unhealthy when not', () => {
    expect(evaluateRule(awsRdsClusterStorageEncrypted, withProps(DB_CLUSTER, { storageEncrypted: false }))).toMatchObject({ status: 'unhealthy', message: 'cluster `ledger` is not encrypted at rest' })
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(awsRdsClusterStorageEncrypted, withProps(DB_CLUSTER, { storageEncrypted: undefined })).status).toBe('unknown')
  })
})
