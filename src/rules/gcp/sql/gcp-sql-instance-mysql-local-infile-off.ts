/** @module gcp-sql-instance-mysql-local-infile-off */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstanceMysqlLocalInfileOff = defineRule({
  id: 'gcp-sql-instance-mysql-local-infile-off',
  title: 'Cloud SQL for MySQL instance has local_infile off',
  description:
    'local_infile lets a client make the server read files with LOAD DATA LOCAL: a malicious or compromised server, or an SQL injection, can pull arbitrary files from client hosts.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Set the local_infile database flag to off on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="local_infile=off"',
    terraform: 'database_flags {\n  name  = "local_infile"\n  value = "off"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'mysql', flag: 'local_infile', secure: 'off', defaultValue: (version) => (version.toUpperCase().startsWith('MYSQL_5') ? 'on' : 'off') }),
})
