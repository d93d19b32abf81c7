import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureAksClusterAuthorizedIpRanges } from './azure-aks-cluster-authorized-ip-ranges.js'
import { AKS_CLUSTER } from './fixtures.js'

describe('azure-aks-cluster-authorized-ip-ranges', () => {
  it('is healthy with authorized ranges', () => {
    expect(evaluateRule(azureAksClusterAuthorizedIpRanges, AKS_CLUSTER)).toMatchObject({ status: 'healthy', message: 'cluster `aks-demo` API server only accepts 192.0.2.0/24' })
  })
  it('is healthy for a private cluster', () => {
    expect(evaluateRule(azureAksClusterAuthorizedIpRanges, withProps(AKS_CLUSTER, { privateCluster: true, authorizedIpRanges: [] })).status).toBe('healthy')
  })
  it('is unhealthy for a public API server without ranges', () => {
    expect(evaluateRule(azureAksClusterAuthorizedIpRanges, withProps(AKS_CLUSTER, { authorizedIpRanges: [] })).status).toBe('unhealthy')
  })
  it('is unknown when the access profile was not exported', () => {
    expect(evaluateRule(azureAksClusterAuthorizedIpRanges, withProps(AKS_CLUSTER, { authorizedIpRanges: undefined })).status).toBe('unknown')
  })
})
