import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureNetworkNsgAnyAnyInbound } from './azure-network-nsg-any-any-inbound.js'
import { NSG, nsgRule } from './fixtures.js'

describe('azure-network-nsg-any-any-inbound', () => {
  it('is healthy with specific rules only', () => {
    expect(evaluateRule(azureNetworkNsgAnyAnyInbound, NSG).status).toBe('healthy')
  })
  it('is unhealthy with an any-any allow rule', () => {
    const open = withProps(NSG, { securityRules: [nsgRule('allow-all', 4000, 'allow', ['*'], ['*'], '*')] })
    expect(evaluateRule(azureNetworkNsgAnyAnyInbound, open)).toMatchObject({ status: 'unhealthy', message: 'NSG `nsg-web` allows every port from any source by rule allow-all' })
  })
  it('is unknown when the rules were not exported', () => {
    expect(evaluateRule(azureNetworkNsgAnyAnyInbound, withProps(NSG, { securityRules: undefined })).status).toBe('unknown')
  })
})
