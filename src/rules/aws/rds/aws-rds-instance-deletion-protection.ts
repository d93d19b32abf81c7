/** @module aws-rds-instance-deletion-protection */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const awsRdsInstanceDeletionProtection = defineRule({
  id: 'aws-rds-instance-deletion-protection',
  title: 'RDS instance has deletion protection enabled',
  description:
    'Without deletion protection one API call, console click or template change deletes the database (and, unless a ' +
    'final snapshot is requested, its automated backups).',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Turn on deletion protection for the instance.'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --deletion-protection --apply-immediately',
    terraform: 'deletion_protection = true',
  },
  target: { kinds: ['aws.rds.db-instance'] },
  evaluate: (db) => {
    if (db.str('clusterArn') !== undefined) return notApplicable(`database ${db.label} is a cluster member; deletion protection is set on its cluster`)
    return db.needBool('deletionProtection')
      ? healthy(`database ${db.label} has deletion protection`)
      : unhealthy(`database ${db.label} can be deleted without turning off deletion protection first`)
  },
})
