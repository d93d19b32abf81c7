import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureAksClusterLocalAccountsDisabled } from './azure-aks-cluster-local-accounts-disabled.js'
import { AKS_CLUSTER } from './fixtures.js'

describe('azure-aks-cluster-local-accounts-disabled', () => {
  it('is healthy with local accounts disabled', () => {
    expect(evaluateRule(azureAksClusterLocalAccountsDisabled, withProps(AKS_CLUSTER, { localAccountsDisabled: true })).status).toBe('healthy')
  })
  it('is unhealthy with them enabled', () => {
    expect(evaluateRule(azureAksClusterLocalAccountsDisabled, withProps(AKS_CLUSTER, { localAccountsDisabled: false }))).toMatchObject({ status: 'unhealthy', message: 'cluster `aks-demo` issues local cluster-admin credentials' })
  })
  it('is unknown without the setting', () => {
    expect(evaluateRule(azureAksClusterLocalAccountsDisabled, AKS_CLUSTER).status).toBe('unknown')
  })
})
