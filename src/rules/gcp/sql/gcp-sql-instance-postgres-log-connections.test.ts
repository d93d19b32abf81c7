import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstancePostgresLogConnections } from './gcp-sql-instance-postgres-log-connections.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-postgres-log-connections', () => {
  it('is healthy when the flag is on', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogConnections, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: { 'log_connections': 'on' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is off', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogConnections, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: { 'log_connections': 'off' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets log_connections to off',
    })
  })
  it('is unhealthy when the flag is unset and the default is not secure', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogConnections, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` leaves log_connections at its default (off)',
    })
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogConnections, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_8_0', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstancePostgresLogConnections, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15' })).status).toBe('unknown')
  })
})
