import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstancePostgresPgauditEnabled } from './gcp-sql-instance-postgres-pgaudit-enabled.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-postgres-pgaudit-enabled', () => {
  it('is healthy when the flag is on', () => {
    expect(evaluateRule(gcpSqlInstancePostgresPgauditEnabled, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: { 'cloudsql.enable_pgaudit': 'on' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is off', () => {
    expect(evaluateRule(gcpSqlInstancePostgresPgauditEnabled, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: { 'cloudsql.enable_pgaudit': 'off' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets cloudsql.enable_pgaudit to off',
    })
  })
  it('is unhealthy when the flag is unset and the default is not secure', () => {
    expect(evaluateRule(gcpSqlInstancePostgresPgauditEnabled, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` leaves cloudsql.enable_pgaudit at its default (off)',
    })
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstancePostgresPgauditEnabled, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_8_0', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstancePostgresPgauditEnabled, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15' })).status).toBe('unknown')
  })
})
