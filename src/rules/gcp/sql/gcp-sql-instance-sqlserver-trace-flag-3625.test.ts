import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstanceSqlserverTraceFlag3625 } from './gcp-sql-instance-sqlserver-trace-flag-3625.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-sqlserver-trace-flag-3625', () => {
  it('is healthy when the flag is on', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverTraceFlag3625, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: { '3625': 'on' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is off', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverTraceFlag3625, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: { '3625': 'off' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets 3625 to off',
    })
  })
  it('is unhealthy when the flag is unset and the default is not secure', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverTraceFlag3625, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: {} }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` leaves 3625 at its default (off)',
    })
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverTraceFlag3625, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverTraceFlag3625, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD' })).status).toBe('unknown')
  })
})
