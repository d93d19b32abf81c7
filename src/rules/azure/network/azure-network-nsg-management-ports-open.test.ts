import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureNetworkNsgManagementPortsOpen } from './azure-network-nsg-management-ports-open.js'
import { NSG, nsgRule } from './fixtures.js'

describe('azure-network-nsg-management-ports-open', () => {
  it('is healthy when SSH is only open to an office range', () => {
    expect(evaluateRule(azureNetworkNsgManagementPortsOpen, NSG).status).toBe('healthy')
  })
  it('is unhealthy when SSH is open to any source, naming the rule', () => {
    const open = withProps(NSG, { securityRules: [nsgRule('allow-ssh-any', 110, 'allow', ['*'], ['22'])] })
    expect(evaluateRule(azureNetworkNsgManagementPortsOpen, open)).toMatchObject({
      status: 'unhealthy',
      message: 'NSG `nsg-web` allows SSH (22) by rule allow-ssh-any from any source',
    })
  })
  it('is healthy when an earlier deny shadows the allow', () => {
    const shadowed = withProps(NSG, {
      securityRules: [nsgRule('deny-rdp', 100, 'deny', ['Internet'], ['3389']), nsgRule('allow-mgmt', 200, 'allow', ['*'], ['3000-3999'])],
    })
    expect(evaluateRule(azureNetworkNsgManagementPortsOpen, shadowed).status).toBe('healthy')
  })
  it('is unknown when the rules were not exported', () => {
    expect(evaluateRule(azureNetworkNsgManagementPortsOpen, withProps(NSG, { securityRules: undefined })).status).toBe('unknown')
  })
})
