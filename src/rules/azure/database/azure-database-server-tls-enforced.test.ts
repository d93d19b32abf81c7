import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureDatabaseServerTlsEnforced } from './azure-database-server-tls-enforced.js'
import { SINGLE_SERVER } from './fixtures.js'

describe('azure-database-server-tls-enforced', () => {
  it('is healthy with SSL enforced and TLS 1.2', () => {
    expect(evaluateRule(azureDatabaseServerTlsEnforced, SINGLE_SERVER).status).toBe('healthy')
  })
  it('is unhealthy without SSL enforcement or with TLS 1.0', () => {
    expect(evaluateRule(azureDatabaseServerTlsEnforced, withProps(SINGLE_SERVER, { sslEnforcement: 'disabled' }))).toMatchObject({ status: 'unhealthy', message: 'server `mysql-legacy` accepts unencrypted connections' })
    expect(evaluateRule(azureDatabaseServerTlsEnforced, withProps(SINGLE_SERVER, { minimalTlsVersion: 'TLS1_0' })).status).toBe('unhealthy')
  })
  it('is unknown without the SSL setting', () => {
    expect(evaluateRule(azureDatabaseServerTlsEnforced, withProps(SINGLE_SERVER, { sslEnforcement: undefined })).status).toBe('unknown')
  })
})
