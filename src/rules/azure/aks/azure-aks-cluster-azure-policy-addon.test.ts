import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureAksClusterAzurePolicyAddon } from './azure-aks-cluster-azure-policy-addon.js'
import { AKS_CLUSTER } from './fixtures.js'

describe('azure-aks-cluster-azure-policy-addon', () => {
  it('is healthy with the add-on', () => {
    expect(evaluateRule(azureAksClusterAzurePolicyAddon, withProps(AKS_CLUSTER, { azurePolicyEnabled: true })).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(azureAksClusterAzurePolicyAddon, AKS_CLUSTER)).toMatchObject({ status: 'unhealthy', message: 'cluster `aks-demo` does not run the Azure Policy add-on' })
  })
  it('is unknown for a partial row', () => {
    expect(evaluateRule(azureAksClusterAzurePolicyAddon, withProps(AKS_CLUSTER, { rbacEnabled: undefined })).status).toBe('unknown')
  })
})
