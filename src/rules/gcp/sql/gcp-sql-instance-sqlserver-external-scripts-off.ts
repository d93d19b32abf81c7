/** @module gcp-sql-instance-sqlserver-external-scripts-off */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstanceSqlserverExternalScriptsOff = defineRule({
  id: 'gcp-sql-instance-sqlserver-external-scripts-off',
  title: 'Cloud SQL for SQL Server instance has external scripts disabled',
  description:
    'external scripts enabled lets T-SQL run R and Python scripts outside the database engine security boundary, a way to execute code and reach the network from an SQL session.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['access-control'],
  remediation: {
    steps: ['Set the external scripts enabled database flag to off on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="external scripts enabled=off"',
    terraform: 'database_flags {\n  name  = "external scripts enabled"\n  value = "off"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'sqlserver', flag: 'external scripts enabled', secure: 'off', defaultValue: () => 'off' }),
})
