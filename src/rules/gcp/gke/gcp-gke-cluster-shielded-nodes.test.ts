import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterShieldedNodes } from './gcp-gke-cluster-shielded-nodes.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-shielded-nodes', () => {
  it('is healthy with Shielded Nodes', () => {
    expect(evaluateRule(gcpGkeClusterShieldedNodes, withProps(GKE_CLUSTER, { shieldedNodes: true })).status).toBe('healthy')
  })
  it('is unhealthy when off', () => {
    expect(evaluateRule(gcpGkeClusterShieldedNodes, withProps(GKE_CLUSTER, { shieldedNodes: false }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` runs nodes that are not Shielded GKE Nodes' })
  })
  it('is unknown without the setting or the document', () => {
    expect(evaluateRule(gcpGkeClusterShieldedNodes, GKE_CLUSTER).status).toBe('unknown')
  })
})
