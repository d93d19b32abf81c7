import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstanceSqlserverRemoteAccessOff } from './gcp-sql-instance-sqlserver-remote-access-off.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-sqlserver-remote-access-off', () => {
  it('is healthy when the flag is off', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverRemoteAccessOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: { 'remote access': 'off' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is on', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverRemoteAccessOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: { 'remote access': 'on' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets remote access to on',
    })
  })
  it('is unhealthy when the flag is unset and the default is not secure', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverRemoteAccessOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: {} }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` leaves remote access at its default (on)',
    })
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverRemoteAccessOff, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverRemoteAccessOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD' })).status).toBe('unknown')
  })
})
