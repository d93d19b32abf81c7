import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureCosmosdbAccountNetworkRestricted } from './azure-cosmosdb-account-network-restricted.js'
import { COSMOS_ACCOUNT } from './fixtures.js'

describe('azure-cosmosdb-account-network-restricted', () => {
  it('is healthy with an IP rule', () => {
    expect(evaluateRule(azureCosmosdbAccountNetworkRestricted, COSMOS_ACCOUNT).status).toBe('healthy')
  })
  it('is unhealthy without any network restriction', () => {
    expect(evaluateRule(azureCosmosdbAccountNetworkRestricted, withProps(COSMOS_ACCOUNT, { ipRules: [] }))).toMatchObject({ status: 'unhealthy', message: 'account `cosmos-demo` accepts connections from all networks' })
  })
  it('is healthy with public network access disabled', () => {
    expect(evaluateRule(azureCosmosdbAccountNetworkRestricted, withProps(COSMOS_ACCOUNT, { ipRules: [], publicNetworkAccess: 'disabled' })).status).toBe('healthy')
  })
})
