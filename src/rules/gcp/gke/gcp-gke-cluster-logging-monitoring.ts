/** @module gcp-gke-cluster-logging-monitoring */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const gcpGkeClusterLoggingMonitoring = defineRule({
  id: 'gcp-gke-cluster-logging-monitoring',
  title: 'GKE cluster sends logs and metrics to Cloud Logging and Monitoring',
  description:
    'With logging or monitoring set to none, container and system logs and cluster metrics are kept nowhere: an intrusion, a crash loop or a resource exhaustion leaves no trace to investigate.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Enable Cloud Logging and Cloud Monitoring for system components and workloads.'],
    cli: 'gcloud container clusters update <cluster> --location <location> --logging=SYSTEM,WORKLOAD --monitoring=SYSTEM',
    terraform: 'logging_service    = "logging.googleapis.com/kubernetes"\nmonitoring_service = "monitoring.googleapis.com/kubernetes"',
  },
  target: { kinds: ['gcp.container.cluster'] },
  evaluate: (cluster) => {
    const document = cluster.obj('config')
    if (document === undefined) return unknown(`cluster ${cluster.label}: its logging configuration is not in the input`)
    const off = (['loggingService', 'monitoringService'] as const).filter((key) => {
      const service = document[key]
      return service === undefined || service === 'none' || service === ''
    })
    return off.length === 0
      ? healthy(`cluster ${cluster.label} sends logs and metrics to Cloud Logging and Monitoring`)
      : unhealthy(`cluster ${cluster.label} has ${off.map((key) => key.replace('Service', '')).join(' and ')} off`, { disabled: off })
  },
})
