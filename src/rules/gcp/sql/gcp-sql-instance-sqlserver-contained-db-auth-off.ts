/** @module gcp-sql-instance-sqlserver-contained-db-auth-off */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstanceSqlserverContainedDbAuthOff = defineRule({
  id: 'gcp-sql-instance-sqlserver-contained-db-auth-off',
  title: 'Cloud SQL for SQL Server instance has contained database authentication off',
  description:
    'Contained databases authenticate their own users, outside the server logins: database owners create users the instance administrators do not see, and a restored or attached database brings its users along.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'access-control'],
  remediation: {
    steps: ['Set the contained database authentication database flag to off on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="contained database authentication=off"',
    terraform: 'database_flags {\n  name  = "contained database authentication"\n  value = "off"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'sqlserver', flag: 'contained database authentication', secure: 'off', defaultValue: () => 'off' }),
})
