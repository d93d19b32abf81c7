import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstanceMysqlSkipShowDatabase } from './gcp-sql-instance-mysql-skip-show-database.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-mysql-skip-show-database', () => {
  it('is healthy when the flag is on', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlSkipShowDatabase, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_8_0', databaseFlags: { 'skip_show_database': 'on' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is off', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlSkipShowDatabase, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_8_0', databaseFlags: { 'skip_show_database': 'off' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets skip_show_database to off',
    })
  })
  it('is unhealthy when the flag is unset and the default is not secure', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlSkipShowDatabase, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_8_0', databaseFlags: {} }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` leaves skip_show_database at its default (off)',
    })
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlSkipShowDatabase, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlSkipShowDatabase, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_8_0' })).status).toBe('unknown')
  })
})
