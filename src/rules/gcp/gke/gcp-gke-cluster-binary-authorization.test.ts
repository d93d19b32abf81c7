import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterBinaryAuthorization } from './gcp-gke-cluster-binary-authorization.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-binary-authorization', () => {
  it('is healthy when the project policy is enforced', () => {
    expect(evaluateRule(gcpGkeClusterBinaryAuthorization, withProps(GKE_CLUSTER, { binaryAuthorization: "project_singleton_policy_enforce" }))).toMatchObject({ status: 'healthy', message: 'cluster `gke-demo` enforces Binary Authorization (project_singleton_policy_enforce)' })
  })
  it('is healthy with the legacy enabled flag', () => {
    expect(evaluateRule(gcpGkeClusterBinaryAuthorization, withProps(GKE_CLUSTER, { binaryAuthorization: true })).status).toBe('healthy')
  })
  it('is unhealthy when disabled', () => {
    expect(evaluateRule(gcpGkeClusterBinaryAuthorization, withProps(GKE_CLUSTER, { binaryAuthorization: "disabled" }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` admits images without Binary Authorization' })
  })
  it('is unhealthy when the exported cluster has no Binary Authorization', () => {
    expect(evaluateRule(gcpGkeClusterBinaryAuthorization, withProps(GKE_CLUSTER, { config: {} })).status).toBe('unhealthy')
  })
  it('is unknown without the setting or the document', () => {
    expect(evaluateRule(gcpGkeClusterBinaryAuthorization, GKE_CLUSTER).status).toBe('unknown')
  })
})
