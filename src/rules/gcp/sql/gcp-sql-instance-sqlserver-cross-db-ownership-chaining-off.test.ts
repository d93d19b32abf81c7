import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstanceSqlserverCrossDbOwnershipChainingOff } from './gcp-sql-instance-sqlserver-cross-db-ownership-chaining-off.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-sqlserver-cross-db-ownership-chaining-off', () => {
  it('is healthy when the flag is off', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverCrossDbOwnershipChainingOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: { 'cross db ownership chaining': 'off' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is on', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverCrossDbOwnershipChainingOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: { 'cross db ownership chaining': 'on' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets cross db ownership chaining to on',
    })
  })
  it('is healthy when the flag is unset and the default is secure', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverCrossDbOwnershipChainingOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD', databaseFlags: {} })).status).toBe('healthy')
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverCrossDbOwnershipChainingOff, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstanceSqlserverCrossDbOwnershipChainingOff, withProps(SQL_INSTANCE, { databaseVersion: 'SQLSERVER_2019_STANDARD' })).status).toBe('unknown')
  })
})
