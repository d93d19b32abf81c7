import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterMasterAuthorizedNetworks } from './gcp-gke-cluster-master-authorized-networks.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-master-authorized-networks', () => {
  it('is healthy with authorized networks', () => {
    expect(evaluateRule(gcpGkeClusterMasterAuthorizedNetworks, GKE_CLUSTER)).toMatchObject({ status: 'healthy', message: 'cluster `gke-demo` control plane only accepts 192.0.2.0/24' })
  })
  it('is unhealthy without authorized networks', () => {
    expect(evaluateRule(gcpGkeClusterMasterAuthorizedNetworks, withProps(GKE_CLUSTER, { masterAuthorizedNetworksEnabled: false })).status).toBe('unhealthy')
  })
  it('is unhealthy when 0.0.0.0/0 is authorized', () => {
    expect(evaluateRule(gcpGkeClusterMasterAuthorizedNetworks, withProps(GKE_CLUSTER, { masterAuthorizedCidrs: ['0.0.0.0/0'] })).status).toBe('unhealthy')
  })
  it('is unknown when the setting was not exported', () => {
    expect(evaluateRule(gcpGkeClusterMasterAuthorizedNetworks, withProps(GKE_CLUSTER, { masterAuthorizedNetworksEnabled: undefined })).status).toBe('unknown')
  })
})
