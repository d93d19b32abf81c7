import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterReleaseChannel } from './gcp-gke-cluster-release-channel.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-release-channel', () => {
  it('is healthy on the REGULAR channel', () => {
    expect(evaluateRule(gcpGkeClusterReleaseChannel, withProps(GKE_CLUSTER, { config: { releaseChannel: { channel: "REGULAR" } } }))).toMatchObject({ status: 'healthy', message: 'cluster `gke-demo` follows the REGULAR release channel' })
  })
  it('is unhealthy without a channel', () => {
    expect(evaluateRule(gcpGkeClusterReleaseChannel, withProps(GKE_CLUSTER, { config: { releaseChannel: {} } }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` is not enrolled in a release channel' })
  })
  it('is unhealthy when UNSPECIFIED', () => {
    expect(evaluateRule(gcpGkeClusterReleaseChannel, withProps(GKE_CLUSTER, { config: { releaseChannel: { channel: "UNSPECIFIED" } } })).status).toBe('unhealthy')
  })
  it('is unknown without the document', () => {
    expect(evaluateRule(gcpGkeClusterReleaseChannel, GKE_CLUSTER).status).toBe('unknown')
  })
})
