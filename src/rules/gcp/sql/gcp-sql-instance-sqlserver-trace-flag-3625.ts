/** @module gcp-sql-instance-sqlserver-trace-flag-3625 */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstanceSqlserverTraceFlag3625 = defineRule({
  id: 'gcp-sql-instance-sqlserver-trace-flag-3625',
  title: 'Cloud SQL for SQL Server instance masks error details for non-administrators',
  description:
    'Trace flag 3625 replaces parameters in error messages with ****** for users who are not sysadmin: without it, errors return object names and values that help an attacker probe the schema through an injection.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Set the 3625 database flag to on on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="3625=on"',
    terraform: 'database_flags {\n  name  = "3625"\n  value = "on"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'sqlserver', flag: '3625', secure: 'on', defaultValue: () => 'off' }),
})
