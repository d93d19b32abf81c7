import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstanceMysqlLocalInfileOff } from './gcp-sql-instance-mysql-local-infile-off.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-mysql-local-infile-off', () => {
  it('is healthy when the flag is off', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlLocalInfileOff, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_5_7', databaseFlags: { 'local_infile': 'off' } })).status).toBe('healthy')
  })
  it('is unhealthy when the flag is on', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlLocalInfileOff, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_5_7', databaseFlags: { 'local_infile': 'on' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` sets local_infile to on',
    })
  })
  it('is unhealthy when the flag is unset and the default is not secure', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlLocalInfileOff, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_5_7', databaseFlags: {} }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` leaves local_infile at its default (on)',
    })
  })
  it('is not applicable to another engine', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlLocalInfileOff, withProps(SQL_INSTANCE, { databaseVersion: 'POSTGRES_15', databaseFlags: {} })).status).toBe('not-applicable')
  })
  it('is unknown when the flags are not in the input', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlLocalInfileOff, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_5_7' })).status).toBe('unknown')
  })
})

describe('gcp-sql-instance-mysql-local-infile-off on MySQL 8', () => {
  it('is healthy when unset, since MySQL 8 defaults it off', () => {
    expect(evaluateRule(gcpSqlInstanceMysqlLocalInfileOff, withProps(SQL_INSTANCE, { databaseVersion: 'MYSQL_8_0', databaseFlags: {} })).status).toBe('healthy')
  })
})
