import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpSqlInstanceSslRequired } from './gcp-sql-instance-ssl-required.js'
import { SQL_INSTANCE } from './fixtures.js'

describe('gcp-sql-instance-ssl-required', () => {
  it('is healthy when SSL is required', () => {
    expect(evaluateRule(gcpSqlInstanceSslRequired, SQL_INSTANCE).status).toBe('healthy')
  })

  it('is unhealthy when unencrypted connections are allowed, naming the mode', () => {
    expect(evaluateRule(gcpSqlInstanceSslRequired, withProps(SQL_INSTANCE, { requireSsl: false, sslMode: 'allow_unencrypted_and_encrypted' }))).toMatchObject({
      status: 'unhealthy',
      message: 'instance `orders` accepts unencrypted connections (ssl mode allow_unencrypted_and_encrypted)',
    })
  })

  it('is unknown when the SSL setting is not in the input', () => {
    expect(evaluateRule(gcpSqlInstanceSslRequired, withProps(SQL_INSTANCE, { requireSsl: undefined })).status).toBe('unknown')
  })
})
