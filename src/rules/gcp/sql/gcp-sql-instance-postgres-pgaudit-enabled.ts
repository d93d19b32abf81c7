/** @module gcp-sql-instance-postgres-pgaudit-enabled */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstancePostgresPgauditEnabled = defineRule({
  id: 'gcp-sql-instance-postgres-pgaudit-enabled',
  title: 'Cloud SQL for PostgreSQL instance has pgAudit enabled',
  description:
    'Connection and error logs do not say which statements a session ran; pgAudit records reads, writes, DDL and role changes per session or object, the trail needed to establish what a misused account did to the data.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Set the cloudsql.enable_pgaudit database flag to on on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="cloudsql.enable_pgaudit=on"',
    terraform: 'database_flags {\n  name  = "cloudsql.enable_pgaudit"\n  value = "on"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'postgres', flag: 'cloudsql.enable_pgaudit', secure: 'on', defaultValue: () => 'off' }),
})
