import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureSqlServerPublicNetworkAccessDisabled } from './azure-sql-server-public-network-access-disabled.js'
import { SQL_SERVER } from './fixtures.js'

describe('azure-sql-server-public-network-access-disabled', () => {
  it('is healthy when disabled', () => {
    expect(evaluateRule(azureSqlServerPublicNetworkAccessDisabled, SQL_SERVER).status).toBe('healthy')
  })
  it('is unhealthy when enabled', () => {
    expect(evaluateRule(azureSqlServerPublicNetworkAccessDisabled, withProps(SQL_SERVER, { publicNetworkAccess: 'enabled' }))).toMatchObject({ status: 'unhealthy', message: 'server `sql-demo` accepts connections on its public endpoint' })
  })
  it('is unknown without the setting', () => {
    expect(evaluateRule(azureSqlServerPublicNetworkAccessDisabled, withProps(SQL_SERVER, { publicNetworkAccess: undefined })).status).toBe('unknown')
  })
})
