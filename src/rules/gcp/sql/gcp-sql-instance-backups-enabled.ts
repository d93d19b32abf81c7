/** @module gcp-sql-instance-backups-enabled */
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpSqlInstanceBackupsEnabled = defineRule({
  id: 'gcp-sql-instance-backups-enabled',
  title: 'Cloud SQL instance takes automated backups',
  description:
    'Without automated backups a dropped table, a corrupting bug or ransomware in the database cannot be undone: ' +
    'there is no restore point and no point-in-time recovery.',
  severity: 'medium',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Enable automated backups (and point-in-time recovery / binary logging) with a retention that covers the time to notice an incident.'],
    cli: 'gcloud sql instances patch <instance> --backup-start-time=03:00 --enable-point-in-time-recovery',
    terraform: 'settings {\n  backup_configuration {\n    enabled                        = true\n    point_in_time_recovery_enabled = true\n  }\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => {
    // Read replicas cannot take backups: their primary does.
    if (instance.str('config.instanceType') === 'READ_REPLICA_INSTANCE') return notApplicable(`instance ${instance.label} is a read replica`)
    const enabled = instance.bool('backupEnabled') ?? (hasResourceDocument(instance) ? false : undefined)
    if (enabled === undefined) return unknown(`instance ${instance.label}: its backup configuration is not in the input`)
    return enabled ? healthy(`instance ${instance.label} takes automated backups`) : unhealthy(`instance ${instance.label} has automated backups off`)
  },
})
