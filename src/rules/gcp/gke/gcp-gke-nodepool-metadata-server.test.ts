import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeNodepoolMetadataServer } from './gcp-gke-nodepool-metadata-server.js'
import { GKE_NODE_POOL } from './fixtures.js'

describe('gcp-gke-nodepool-metadata-server', () => {
  it('is healthy with the GKE metadata server', () => {
    expect(evaluateRule(gcpGkeNodepoolMetadataServer, GKE_NODE_POOL).status).toBe('healthy')
  })
  it('is unhealthy with the Compute Engine metadata server', () => {
    expect(evaluateRule(gcpGkeNodepoolMetadataServer, withProps(GKE_NODE_POOL, { workloadMetadataMode: "gce_metadata" }))).toMatchObject({ status: 'unhealthy', message: 'node pool `gke-demo/default-pool` exposes the node\'s Compute Engine metadata server to pods (gce_metadata)' })
  })
  it('is unhealthy without a workload metadata configuration', () => {
    expect(evaluateRule(gcpGkeNodepoolMetadataServer, withProps(GKE_NODE_POOL, { workloadMetadataMode: undefined })).status).toBe('unhealthy')
  })
  it('is unknown without the node configuration', () => {
    expect(evaluateRule(gcpGkeNodepoolMetadataServer, withProps(GKE_NODE_POOL, { workloadMetadataMode: undefined, machineType: undefined })).status).toBe('unknown')
  })
})
