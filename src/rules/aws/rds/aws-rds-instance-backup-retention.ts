/** @module aws-rds-instance-backup-retention */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

const MINIMUM_DAYS = 7

export const awsRdsInstanceBackupRetention = defineRule({
  id: 'aws-rds-instance-backup-retention',
  title: 'RDS instance keeps automated backups for at least 7 days',
  description:
    'Automated backups give point-in-time recovery after corruption, a bad migration or a destructive attacker. A ' +
    'retention of 0 turns them off; a day or two is often too short to notice the problem before the last good ' +
    'backup expires.',
  severity: 'medium',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Set the backup retention period of the instance to 7 days or more.'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --backup-retention-period 7 --apply-immediately',
    terraform: 'backup_retention_period = 7',
  },
  target: { kinds: ['aws.rds.db-instance'] },
  evaluate: (db) => {
    if (db.str('clusterArn') !== undefined) return notApplicable(`database ${db.label} is a cluster member; its cluster keeps the backups`)
    const days = db.needNum('backupRetentionDays')
    if (days >= MINIMUM_DAYS) return healthy(`database ${db.label} keeps backups for ${String(days)} days`)
    return unhealthy(days === 0 ? `database ${db.label} has automated backups turned off` : `database ${db.label} keeps backups for only ${String(days)} days`)
  },
})
