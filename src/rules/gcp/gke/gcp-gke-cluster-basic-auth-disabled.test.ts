import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterBasicAuthDisabled } from './gcp-gke-cluster-basic-auth-disabled.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-basic-auth-disabled', () => {
  it('is healthy without a master username', () => {
    expect(evaluateRule(gcpGkeClusterBasicAuthDisabled, withProps(GKE_CLUSTER, { basicAuthEnabled: false })).status).toBe('healthy')
  })
  it('is unhealthy with basic auth', () => {
    expect(evaluateRule(gcpGkeClusterBasicAuthDisabled, withProps(GKE_CLUSTER, { basicAuthEnabled: true }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` accepts a static basic-auth username and password' })
  })
  it('is unknown when not in the input', () => {
    expect(evaluateRule(gcpGkeClusterBasicAuthDisabled, GKE_CLUSTER).status).toBe('unknown')
  })
})
