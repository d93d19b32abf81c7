import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeNodepoolSecureBoot } from './gcp-gke-nodepool-secure-boot.js'
import { GKE_NODE_POOL } from './fixtures.js'

describe('gcp-gke-nodepool-secure-boot', () => {
  it('is healthy with Secure Boot', () => {
    expect(evaluateRule(gcpGkeNodepoolSecureBoot, GKE_NODE_POOL).status).toBe('healthy')
  })
  it('is unhealthy when the node config has no Secure Boot', () => {
    expect(evaluateRule(gcpGkeNodepoolSecureBoot, withProps(GKE_NODE_POOL, { secureBoot: undefined }))).toMatchObject({ status: 'unhealthy', message: 'node pool `gke-demo/default-pool` boots its nodes without Secure Boot' })
  })
  it('is unknown without the node configuration', () => {
    expect(evaluateRule(gcpGkeNodepoolSecureBoot, withProps(GKE_NODE_POOL, { secureBoot: undefined, machineType: undefined })).status).toBe('unknown')
  })
})
