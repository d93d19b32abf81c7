/** @module aws-rds-cluster-backup-retention */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

const MINIMUM_DAYS = 7

export const awsRdsClusterBackupRetention = defineRule({
  id: 'aws-rds-cluster-backup-retention',
  title: 'RDS/Aurora cluster keeps automated backups for at least 7 days',
  description:
    'Aurora always keeps at least one day of backups; with so short a window, corruption or a destructive change ' +
    'noticed after the weekend can no longer be undone by point-in-time recovery.',
  severity: 'medium',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Set the backup retention period of the cluster to 7 days or more.'],
    cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --backup-retention-period 7 --apply-immediately',
    terraform: 'backup_retention_period = 7',
  },
  target: { kinds: ['aws.rds.db-cluster'] },
  evaluate: (cluster) => {
    const days = cluster.needNum('backupRetentionDays')
    return days >= MINIMUM_DAYS
      ? healthy(`cluster ${cluster.label} keeps backups for ${String(days)} days`)
      : unhealthy(`cluster ${cluster.label} keeps backups for only ${String(days)} day${days === 1 ? '' : 's'}`)
  },
})
