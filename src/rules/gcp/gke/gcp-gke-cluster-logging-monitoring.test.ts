import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeClusterLoggingMonitoring } from './gcp-gke-cluster-logging-monitoring.js'
import { GKE_CLUSTER } from './fixtures.js'

describe('gcp-gke-cluster-logging-monitoring', () => {
  it('is healthy with both services', () => {
    expect(evaluateRule(gcpGkeClusterLoggingMonitoring, withProps(GKE_CLUSTER, { config: { loggingService: "logging.googleapis.com/kubernetes", monitoringService: "monitoring.googleapis.com/kubernetes" } })).status).toBe('healthy')
  })
  it('is unhealthy with logging set to none', () => {
    expect(evaluateRule(gcpGkeClusterLoggingMonitoring, withProps(GKE_CLUSTER, { config: { loggingService: "none", monitoringService: "monitoring.googleapis.com/kubernetes" } }))).toMatchObject({ status: 'unhealthy', message: 'cluster `gke-demo` has logging off' })
  })
  it('is unknown without the document', () => {
    expect(evaluateRule(gcpGkeClusterLoggingMonitoring, GKE_CLUSTER).status).toBe('unknown')
  })
})
