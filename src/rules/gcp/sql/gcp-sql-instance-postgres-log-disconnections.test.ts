import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstancePostgresLogDisconnections } from './gcp-sql-instance-postgres-log-disconnections.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-postgres-log-disconnections', () => {
  it('is healthy when the flag is on', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogDisconnections, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: { 'log_disconnections': 'on' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is off', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogDisconnections, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: { 'log_disconnections': 'off' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets log_disconnections to off',
    })
  })
  it('is unhealthy when the flag is unset and the default is not secure', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogDisconnections, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` leaves log_disconnections at its default (off)',
    })
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogDisconnections, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_8_0', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogDisconnections, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15' })).status).toBe('unknown')
  })
})
