import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterNetworkPolicy } from './gcp-gke-cluster-network-policy.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-network-policy', () => {
  it('is healthy with the Calico add-on', () => {
    expect(evaluateRule(gcpGkeClusterNetworkPolicy, withProps(GKE_CLUSTER, { networkPolicyEnabled: true })).status).toBe('healthy')
  })
  it('is healthy with Dataplane V2', () => {
    expect(evaluateRule(gcpGkeClusterNetworkPolicy, withProps(GKE_CLUSTER, { config: { networkConfig: { datapathProvider: "ADVANCED_DATAPATH" } } }))).toMatchObject({ status: 'healthy', message: 'cluster `gke-demo` enforces network policies with Dataplane V2' })
  })
  it('is unhealthy without enforcement', () => {
    expect(evaluateRule(gcpGkeClusterNetworkPolicy, withProps(GKE_CLUSTER, { networkPolicyEnabled: false, config: { networkConfig: { datapathProvider: "LEGACY_DATAPATH" } } }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` does not enforce NetworkPolicy objects' })
  })
  it('is unknown without the setting or the document', () => {
    expect(evaluateRule(gcpGkeClusterNetworkPolicy, GKE_CLUSTER).status).toBe('unknown')
  })
})
