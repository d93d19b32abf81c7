import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureAksClusterEntraIntegration } from './azure-aks-cluster-entra-integration.js'
import { AKS_CLUSTER } from './fixtures.js'

describe('azure-aks-cluster-entra-integration', () => {
  it('is healthy with managed Entra integration', () => {
    expect(evaluateRule(azureAksClusterEntraIntegration, AKS_CLUSTER).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(azureAksClusterEntraIntegration, withProps(AKS_CLUSTER, { aadManaged: undefined }))).toMatchObject({ status: 'unhealthy', message: 'cluster `aks-demo` is not integrated with Microsoft Entra ID' })
  })
  it('is unknown for a partial row', () => {
    expect(evaluateRule(azureAksClusterEntraIntegration, withProps(AKS_CLUSTER, { aadManaged: undefined, rbacEnabled: undefined })).status).toBe('unknown')
  })
})
