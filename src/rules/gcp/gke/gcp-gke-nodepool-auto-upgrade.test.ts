import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeNodepoolAutoUpgrade } from './gcp-gke-nodepool-auto-upgrade.js'
import { GKE_NODE_POOL } from './fixtures.js'

describe('gcp-gke-nodepool-auto-upgrade', () => {
  it('is healthy with auto-upgrade', () => {
    expect(evaluateRule(gcpGkeNodepoolAutoUpgrade, GKE_NODE_POOL).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(gcpGkeNodepoolAutoUpgrade, withProps(GKE_NODE_POOL, { autoUpgrade: false }))).toMatchObject({ status: 'unhealthy', message: 'node pool `gke-demo/default-pool` has node auto-upgrade off' })
  })
  it('is unknown when not in the input', () => {
    expect(evaluateRule(gcpGkeNodepoolAutoUpgrade, withProps(GKE_NODE_POOL, { autoUpgrade: undefined })).status).toBe('unknown')
  })
})
