import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsClusterBackupRetention } from './aws-rds-cluster-backup-retention.js'
import { DB_CLUSTER } from './fixtures.js'

describe('aws-rds-cluster-backup-retention', () => {
  it('is healthy with 7 days', () => {
    expect(evaluateRule(awsRdsClusterBackupRetention, DB_CLUSTER).status).toBe('healthy')
  })
  it('is unhealthy with the one-day default', () => {
    expect(evaluateRule(awsRdsClusterBackupRetention, withProps(DB_CLUSTER, { backupRetentionDays: 1 }))).toMatchObject({ status: 'unhealthy', message: 'cluster `ledger` keeps backups for only 1 day' })
  })
  it('is unknown without the setting', () => {
    expect(evaluateRule(awsRdsClusterBackupRetention, withProps(DB_CLUSTER, { backupRetentionDays: undefined })).status).toBe('unknown')
  })
})
