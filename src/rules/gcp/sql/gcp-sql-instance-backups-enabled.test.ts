import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstanceBackupsEnabled } from './gcp-sql-instance-backups-enabled.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-backups-enabled', () => {
  it('is healthy with backups on', () => {
    expect(evaluateRule(gcpSqlInstanceBackupsEnabled, withProps(SQL_INSTANCE, { backupEnabled: true })).status).toBe('healthy')
  })
  it('is unhealthy with backups off', () => {
    expect(evaluateRule(gcpSqlInstanceBackupsEnabled, withProps(SQL_INSTANCE, { backupEnabled: false }))).toMatchObject({ status: 'unhealthy', message: 'instance `orders` has automated backups off' })
  })
  it('is not applicable to a read replica', () => {
    expect(evaluateRule(gcpSqlInstanceBackupsEnabled, withProps(SQL_INSTANCE, { backupEnabled: false, config: { instanceType: 'READ_REPLICA_INSTANCE' } })).status).toBe('not-applicable')
  })
  it('is unknown when the backup configuration is not in the input', () => {
    expect(evaluateRule(gcpSqlInstanceBackupsEnabled, SQL_INSTANCE).status).toBe('unknown')
  })
})
