import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsInstanceBackupRetention } from './aws-rds-instance-backup-retention.js'
import { AURORA_MEMBER, DB_INSTANCE } from './fixtures.js'

describe('aws-rds-instance-backup-retention', () => {
  it('is healthy with 14 days', () => {
    expect(evaluateRule(awsRdsInstanceBackupRetention, DB_INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy with backups off or too short', () => {
    expect(evaluateRule(awsRdsInstanceBackupRetention, withProps(DB_INSTANCE, { backupRetentionDays: 0 }))).toMatchObject({ status: 'unhealthy', message: 'database `orders` has automated backups turned off' })
    expect(evaluateRule(awsRdsInstanceBackupRetention, withProps(DB_INSTANCE, { backupRetentionDays: 1 })).status).toBe('unhealthy')
  })
  it('is not applicable to cluster members and unknown without the setting', () => {
    expect(evaluateRule(awsRdsInstanceBackupRetention, AURORA_MEMBER).status).toBe('not-applicable')
    expect(evaluateRule(awsRdsInstanceBackupRetention, withProps(DB_INSTANCE, { backupRetentionDays: undefined })).status).toBe('unknown')
  })
})
