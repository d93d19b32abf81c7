import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureAksClusterNetworkPolicy } from './azure-aks-cluster-network-policy.js'
import { AKS_CLUSTER } from './fixtures.js'

describe('azure-aks-cluster-network-policy', () => {
  it('is healthy with Calico', () => {
    expect(evaluateRule(azureAksClusterNetworkPolicy, withProps(AKS_CLUSTER, { networkPlugin: 'azure', networkPolicy: 'calico' })).status).toBe('healthy')
  })
  it('is unhealthy without a policy engine', () => {
    expect(evaluateRule(azureAksClusterNetworkPolicy, withProps(AKS_CLUSTER, { networkPlugin: 'kubenet' }))).toMatchObject({ status: 'unhealthy', message: 'cluster `aks-demo` has no network policy engine: every pod can reach every other pod' })
  })
  it('is unknown without the network profile', () => {
    expect(evaluateRule(azureAksClusterNetworkPolicy, AKS_CLUSTER).status).toBe('unknown')
  })
})
