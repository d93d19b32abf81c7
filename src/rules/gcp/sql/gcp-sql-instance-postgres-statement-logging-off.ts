/** @module gcp-sql-instance-postgres-statement-logging-off */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstancePostgresStatementLoggingOff = defineRule({
  id: 'gcp-sql-instance-postgres-statement-logging-off',
  title: 'Cloud SQL for PostgreSQL instance does not log full statements by duration',
  description:
    'log_min_duration_statement other than -1 writes the complete text of every slow (or, at 0, every) statement to the logs, with the literal values it carries: passwords set with ALTER ROLE, personal data in WHERE clauses.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['data-exposure', 'logging'],
  remediation: {
    steps: ['Set the log_min_duration_statement database flag to -1 on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="log_min_duration_statement=-1"',
    terraform: 'database_flags {\n  name  = "log_min_duration_statement"\n  value = "-1"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'postgres', flag: 'log_min_duration_statement', secure: '-1', defaultValue: () => '-1' }),
})
