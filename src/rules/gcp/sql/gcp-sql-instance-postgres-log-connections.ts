/** @module gcp-sql-instance-postgres-log-connections */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstancePostgresLogConnections = defineRule({
  id: 'gcp-sql-instance-postgres-log-connections',
  title: 'Cloud SQL for PostgreSQL instance logs connection attempts',
  description:
    'PostgreSQL does not log connection attempts by default; with log_connections on, every attempt and successful authentication is recorded, the evidence of brute force and credential misuse.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Set the log_connections database flag to on on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="log_connections=on"',
    terraform: 'database_flags {\n  name  = "log_connections"\n  value = "on"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'postgres', flag: 'log_connections', secure: 'on', defaultValue: () => 'off' }),
})
