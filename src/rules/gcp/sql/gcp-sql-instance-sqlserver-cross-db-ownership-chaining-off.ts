/** @module gcp-sql-instance-sqlserver-cross-db-ownership-chaining-off */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstanceSqlserverCrossDbOwnershipChainingOff = defineRule({
  id: 'gcp-sql-instance-sqlserver-cross-db-ownership-chaining-off',
  title: 'Cloud SQL for SQL Server instance has cross db ownership chaining off',
  description:
    'Cross-database ownership chaining lets a user who owns objects in one database reach objects in another without a permission check there: a member of db_owner in one database can escalate into the others.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control'],
  remediation: {
    steps: ['Set the cross db ownership chaining database flag to off on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="cross db ownership chaining=off"',
    terraform: 'database_flags {\n  name  = "cross db ownership chaining"\n  value = "off"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'sqlserver', flag: 'cross db ownership chaining', secure: 'off', defaultValue: () => 'off' }),
})
