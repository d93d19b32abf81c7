import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterIntranodeVisibility } from './gcp-gke-cluster-intranode-visibility.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-intranode-visibility', () => {
  it('is healthy when enabled', () => {
    expect(evaluateRule(gcpGkeClusterIntranodeVisibility, withProps(GKE_CLUSTER, { config: { networkConfig: { enableIntraNodeVisibility: true } } })).status).toBe('healthy')
  })
  it('is unhealthy when off', () => {
    expect(evaluateRule(gcpGkeClusterIntranodeVisibility, withProps(GKE_CLUSTER, { config: { networkConfig: {} } }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` keeps same-node pod traffic out of VPC flow logs and firewall rules' })
  })
  it('is unknown without the document', () => {
    expect(evaluateRule(gcpGkeClusterIntranodeVisibility, GKE_CLUSTER).status).toBe('unknown')
  })
})
