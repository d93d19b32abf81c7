/** @module aws-rds-cluster-iam-authentication */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

const IAM_ENGINES = /^(mysql|postgres|aurora|aurora-mysql|aurora-postgresql)$/

export const awsRdsClusterIamAuthentication = defineRule({
  id: 'aws-rds-cluster-iam-authentication',
  title: 'RDS/Aurora cluster accepts IAM database authentication',
  description:
    'IAM database authentication replaces long-lived database passwords with short-lived tokens tied to IAM ' +
    'identities, so access follows IAM policy and leaves a CloudTrail record.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Enable IAM database authentication on the cluster, then move applications to rds-db:connect tokens.'],
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --enable-iam-database-authentication --apply-immediately',
    terraform: 'iam_database_authentication_enabled = true',
  },
  target: { kinds: ['aws.rds.db-cluster'] },
  evaluate: (cluster) => {
    const engine = cluster.needStr('engine')
    if (!IAM_ENGINES.test(engine)) return notApplicable(`cluster ${cluster.label} runs ${engine}, which has no IAM authentication`)
    return cluster.needBool('iamAuthentication')
      ? healthy(`cluster ${cluster.label} accepts IAM authentication`)
      : unhealthy(`cluster ${cluster.label} (${engine}) accepts database passwords only`)
  },
})
