/** @module gcp-sql-instance-mysql-skip-show-database */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstanceMysqlSkipShowDatabase = defineRule({
  id: 'gcp-sql-instance-mysql-skip-show-database',
  title: 'Cloud SQL for MySQL instance has skip_show_database on',
  description:
    'Without skip_show_database any user can list every database on the server (SHOW DATABASES), mapping targets for an attacker who holds a low-privilege account.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['access-control'],
  remediation: {
    steps: ['Set the skip_show_database database flag to on on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="skip_show_database=on"',
    terraform: 'database_flags {\n  name  = "skip_show_database"\n  value = "on"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'mysql', flag: 'skip_show_database', secure: 'on', defaultValue: () => 'off' }),
})
