import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstancePostgresStatementLoggingOff } from './gcp-sql-instance-postgres-statement-logging-off.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-postgres-statement-logging-off', () => {
  it('is healthy when the flag is -1', () => {
    expect(evaluateRule(gcpSqlInstancePostgresStatementLoggingOff, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: { 'log_min_duration_statement': '-1' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is 0', () => {
    expect(evaluateRule(gcpSqlInstancePostgresStatementLoggingOff, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: { 'log_min_duration_statement': '0' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets log_min_duration_statement to 0',
    })
  })
  it('is healthy when the flag is unset and the default is secure', () => {
    expect(evaluateRule(gcpSqlInstancePostgresStatementLoggingOff, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} })).status).toBe('healthy')
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstancePostgresStatementLoggingOff, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_8_0', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstancePostgresStatementLoggingOff, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15' })).status).toBe('unknown')
  })
})
