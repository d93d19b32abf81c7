/** @module aws-rds-cluster-deletion-protection */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsRdsClusterDeletionProtection = defineRule({
  id: 'aws-rds-cluster-deletion-protection',
  title: 'RDS/Aurora cluster has deletion protection enabled',
  description:
    'Without deletion protection one API call, console click or template change deletes the cluster and all its ' +
    'instances.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Turn on deletion protection for the cluster.'],
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'deletion_protection = true',
  },
  target: { kinds: ['aws.rds.db-cluster'] },
  evaluate: (cluster) =>
    cluster.needBool('deletionProtection')
      ? healthy(`cluster ${cluster.label} has deletion protection`)
      : unhealthy(`cluster ${cluster.label} can be deleted without turning off deletion protection first`),
})
