import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterLegacyAbacDisabled } from './gcp-gke-cluster-legacy-abac-disabled.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-legacy-abac-disabled', () => {
  it('is healthy with ABAC off', () => {
    expect(evaluateRule(gcpGkeClusterLegacyAbacDisabled, GKE_CLUSTER).status).toBe('healthy')
  })
  it('is unhealthy with ABAC on', () => {
    expect(evaluateRule(gcpGkeClusterLegacyAbacDisabled, withProps(GKE_CLUSTER, { legacyAbacEnabled: true })).status).toBe('unhealthy')
  })
  it('is unknown when the flag was not exported', () => {
    expect(evaluateRule(gcpGkeClusterLegacyAbacDisabled, withProps(GKE_CLUSTER, { legacyAbacEnabled: undefined })).status).toBe('unknown')
  })
})
