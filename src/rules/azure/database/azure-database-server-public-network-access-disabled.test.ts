import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureDatabaseServerPublicNetworkAccessDisabled } from './azure-database-server-public-network-access-disabled.js'
import { FLEXIBLE_SERVER, SINGLE_SERVER } from './fixtures.js'

describe('azure-database-server-public-network-access-disabled', () => {
  it('is healthy for a privately integrated flexible server', () => {
    expect(evaluateRule(azureDatabaseServerPublicNetworkAccessDisabled, FLEXIBLE_SERVER).status).toBe('healthy')
  })
  it('is unhealthy with public access enabled', () => {
    expect(evaluateRule(azureDatabaseServerPublicNetworkAccessDisabled, SINGLE_SERVER)).toMatchObject({ status: 'unhealthy', message: 'server `mysql-legacy` accepts connections on its public endpoint' })
  })
  it('is unknown without the setting', () => {
    expect(evaluateRule(azureDatabaseServerPublicNetworkAccessDisabled, withProps(FLEXIBLE_SERVER, { publicNetworkAccess: undefined })).status).toBe('unknown')
  })
})
