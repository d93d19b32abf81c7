import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureKeyvaultVaultNetworkRestricted } from './azure-keyvault-vault-network-restricted.js'
import { VAULT } from './fixtures.js'

describe('azure-keyvault-vault-network-restricted', () => {
  it('is healthy with a deny-by-default firewall or public access disabled', () => {
    expect(evaluateRule(azureKeyvaultVaultNetworkRestricted, VAULT).status).toBe('healthy')
    expect(evaluateRule(azureKeyvaultVaultNetworkRestricted, withProps(VAULT, { publicNetworkAccess: 'disabled', networkAcls: undefined })).status).toBe('healthy')
  })
  it('is unhealthy without a firewall', () => {
    expect(evaluateRule(azureKeyvaultVaultNetworkRestricted, withProps(VAULT, { networkAcls: undefined }))).toMatchObject({ status: 'unhealthy', message: 'vault `kv-demo` accepts connections from any network' })
  })
})
