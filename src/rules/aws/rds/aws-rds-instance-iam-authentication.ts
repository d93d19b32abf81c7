/** @module aws-rds-instance-iam-authentication */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

/** Engines that support IAM database authentication. */
const IAM_ENGINES = /^(mysql|mariadb|postgres|aurora|aurora-mysql|aurora-postgresql)$/

export const awsRdsInstanceIamAuthentication = defineRule({
  id: 'aws-rds-instance-iam-authentication',
  title: 'RDS instance accepts IAM database authentication',
  description:
    'IAM database authentication lets applications and people sign in with short-lived tokens tied to IAM ' +
    'identities instead of long-lived database passwords that end up in configuration files and are rarely rotated.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Enable IAM database authentication on the instance, then move applications to rds-db:connect tokens.'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --enable-iam-database-authentication --apply-immediately',
    terraform: 'iam_database_authentication_enabled = true',
  },
  target: { kinds: ['aws.rds.db-instance'] },
  evaluate: (db) => {
    if (db.str('clusterArn') !== undefined) return notApplicable(`database ${db.label} is a cluster member; IAM authentication is set on its cluster`)
    const engine = db.needStr('engine')
    if (!IAM_ENGINES.test(engine)) return notApplicable(`database ${db.label} runs ${engine}, which has no IAM authentication`)
    return db.needBool('iamAuthentication')
      ? healthy(`database ${db.label} accepts IAM authentication`)
      : unhealthy(`database ${db.label} (${engine}) accepts database passwords only`)
  },
})
