import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureSqlServerMinTlsVersion } from './azure-sql-server-min-tls-version.js'
import { MANAGED_INSTANCE, SQL_SERVER } from './fixtures.js'

describe('azure-sql-server-min-tls-version', () => {
  it('is healthy with TLS 1.2', () => {
    expect(evaluateRule(azureSqlServerMinTlsVersion, SQL_SERVER).status).toBe('healthy')
    expect(evaluateRule(azureSqlServerMinTlsVersion, MANAGED_INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy with 1.0 or without a minimum', () => {
    expect(evaluateRule(azureSqlServerMinTlsVersion, withProps(SQL_SERVER, { minimalTlsVersion: '1.0' })).status).toBe('unhealthy')
    expect(evaluateRule(azureSqlServerMinTlsVersion, withProps(SQL_SERVER, { minimalTlsVersion: undefined }))).toMatchObject({ status: 'unhealthy', message: 'server `sql-demo` accepts TLS versions older than 1.2 (minimum: None)' })
  })
})
