import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterWorkloadIdentity } from './gcp-gke-cluster-workload-identity.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-workload-identity', () => {
  it('is healthy with a workload pool', () => {
    expect(evaluateRule(gcpGkeClusterWorkloadIdentity, withProps(GKE_CLUSTER, { workloadIdentityEnabled: true, workloadPool: "demo-proj.svc.id.goog" }))).toMatchObject({ status: 'healthy', message: 'cluster `gke-demo` has Workload Identity enabled (demo-proj.svc.id.goog)' })
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(gcpGkeClusterWorkloadIdentity, withProps(GKE_CLUSTER, { workloadIdentityEnabled: false }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` has Workload Identity off: pods use the node service account' })
  })
  it('is unknown when not in the input', () => {
    expect(evaluateRule(gcpGkeClusterWorkloadIdentity, GKE_CLUSTER).status).toBe('unknown')
  })
})
