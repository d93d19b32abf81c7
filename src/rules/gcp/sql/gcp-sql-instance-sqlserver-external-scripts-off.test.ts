import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstanceSqlserverExternalScriptsOff } from './gcp-sql-instance-sqlserver-external-scripts-off.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-sqlserver-external-scripts-off', () => {
  it('is healthy when the flag is off', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverExternalScriptsOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: { 'external scripts enabled': 'off' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is on', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverExternalScriptsOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: { 'external scripts enabled': 'on' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets external scripts enabled to on',
    })
  })
  it('is healthy when the flag is unset and the default is secure', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverExternalScriptsOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: {} })).status).toBe('healthy')
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverExternalScriptsOff, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverExternalScriptsOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD' })).status).toBe('unknown')
  })
})
