import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterPrivateNodes } from './gcp-gke-cluster-private-nodes.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-private-nodes', () => {
  it('is healthy with private nodes', () => {
    expect(evaluateRule(gcpGkeClusterPrivateNodes, withProps(GKE_CLUSTER, { privateNodes: true })).status).toBe('healthy')
  })
  it('is healthy with private nodes by default in the network config', () => {
    expect(evaluateRule(gcpGkeClusterPrivateNodes, withProps(GKE_CLUSTER, { config: { networkConfig: { defaultEnablePrivateNodes: true } } })).status).toBe('healthy')
  })
  it('is unhealthy when the exported cluster has no private configuration', () => {
    expect(evaluateRule(gcpGkeClusterPrivateNodes, withProps(GKE_CLUSTER, { config: { name: "gke-demo" } }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` gives its nodes external IP addresses' })
  })
  it('is unknown without the setting or the document', () => {
    expect(evaluateRule(gcpGkeClusterPrivateNodes, GKE_CLUSTER).status).toBe('unknown')
  })
})
