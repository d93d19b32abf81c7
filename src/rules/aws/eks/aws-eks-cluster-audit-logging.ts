/** @module aws-eks-cluster-audit-logging */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

const LOG_TYPES = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']

export const awsEksClusterAuditLogging = defineRule({
  id: 'aws-eks-cluster-audit-logging',
  title: 'EKS cluster sends its audit log to CloudWatch',
  description:
    'Control plane logging is off by default. Without the audit log (and the authenticator log) there is no record ' +
    'of who read secrets, created pods or changed RBAC in the cluster.',
  severity: 'medium',
  control: 'enable-auditing-and-logging',
  categories: ['logging', 'cluster-security'],
  remediation: {
    steps: ['Enable the audit and authenticator control plane log types (ideally all five) for the cluster.'],
    cli: 'aws eks update-cluster-config --name <cluster> --logging \'{"clusterLogging":[{"types":["api","audit","authenticator","controllerManager","scheduler"],"enabled":true}]}\'',
    terraform: 'enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]',
  },
  target: { kinds: ['aws.eks.cluster'] },
  evaluate: (cluster) => {
    const enabled = cluster.needStrings('loggingEnabledTypes')
    const missing = LOG_TYPES.filter((type) => !enabled.includes(type))
    if (!enabled.includes('audit')) return unhealthy(`cluster ${cluster.label} does not log audit events (enabled: ${enabled.join(', ') || 'none'})`)
    return healthy(`cluster ${cluster.label} logs audit events${missing.length === 0 ? ' and every other control plane log' : ` (not: ${missing.join(', ')})`}`)
  },
})
