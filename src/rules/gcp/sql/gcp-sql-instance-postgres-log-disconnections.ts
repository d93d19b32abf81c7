/** @module gcp-sql-instance-postgres-log-disconnections */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstancePostgresLogDisconnections = defineRule({
  id: 'gcp-sql-instance-postgres-log-disconnections',
  title: 'Cloud SQL for PostgreSQL instance logs the end of sessions',
  description:
    'log_disconnections records the end of each session with its duration; together with log_connections it tells how long a suspicious session lasted.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Set the log_disconnections database flag to on on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="log_disconnections=on"',
    terraform: 'database_flags {\n  name  = "log_disconnections"\n  value = "on"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'postgres', flag: 'log_disconnections', secure: 'on', defaultValue: () => 'off' }),
})
