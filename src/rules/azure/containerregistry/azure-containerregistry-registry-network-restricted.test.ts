import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureContainerregistryRegistryNetworkRestricted } from './azure-containerregistry-registry-network-restricted.js'
import { REGISTRY } from './fixtures.js'

describe('azure-containerregistry-registry-network-restricted', () => {
  it('is healthy with a deny-by-default firewall', () => {
    expect(evaluateRule(azureContainerregistryRegistryNetworkRestricted, REGISTRY).status).toBe('healthy')
  })
  it('is unhealthy without a firewall (Basic/Standard default)', () => {
    expect(evaluateRule(azureContainerregistryRegistryNetworkRestricted, withProps(REGISTRY, { networkRuleSet: undefined }))).toMatchObject({ status: 'unhealthy', message: 'registry `acrdemo` accepts connections from any network' })
  })
  it('is healthy with public network access disabled', () => {
    expect(evaluateRule(azureContainerregistryRegistryNetworkRestricted, withProps(REGISTRY, { networkRuleSet: undefined, publicNetworkAccess: 'disabled' })).status).toBe('healthy')
  })
})
