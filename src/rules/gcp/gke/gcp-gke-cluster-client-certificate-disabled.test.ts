import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterClientCertificateDisabled } from './gcp-gke-cluster-client-certificate-disabled.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-client-certificate-disabled', () => {
  it('is healthy when no certificate is issued', () => {
    expect(evaluateRule(gcpGkeClusterClientCertificateDisabled, withProps(GKE_CLUSTER, { clientCertificateIssued: false })).status).toBe('healthy')
  })
  it('is unhealthy when a client certificate is issued', () => {
    expect(evaluateRule(gcpGkeClusterClientCertificateDisabled, withProps(GKE_CLUSTER, { clientCertificateIssued: true }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` issues a legacy admin client certificate' })
  })
  it('is healthy when the exported cluster has no client certificate configuration', () => {
    expect(evaluateRule(gcpGkeClusterClientCertificateDisabled, withProps(GKE_CLUSTER, { config: {} })).status).toBe('healthy')
  })
  it('is unknown without the setting or the document', () => {
    expect(evaluateRule(gcpGkeClusterClientCertificateDisabled, GKE_CLUSTER).status).toBe('unknown')
  })
})
