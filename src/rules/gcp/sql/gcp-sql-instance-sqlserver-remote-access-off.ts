/** @module gcp-sql-instance-sqlserver-remote-access-off */
import { defineRule } from '../../rule-kit.js'
import { evaluateFlag } from './database-flags.js'

export const gcpSqlInstanceSqlserverRemoteAccessOff = defineRule({
  id: 'gcp-sql-instance-sqlserver-remote-access-off',
  title: 'Cloud SQL for SQL Server instance has remote access off',
  description:
    'The remote access option lets stored procedures be run from and on remote servers; an attacker who controls one instance uses it to run code on the other. It is on by default.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Set the remote access database flag to off on the instance (a restart may be needed); keep the other flags the instance sets, since the patch replaces the whole list.'],
    cli: 'gcloud sql instances patch <instance> --database-flags="remote access=off"',
    terraform: 'database_flags {\n  name  = "remote access"\n  value = "off"\n}',
  },
  target: { kinds: ['gcp.sql.instance'] },
  evaluate: (instance) => evaluateFlag(instance, { engine: 'sqlserver', flag: 'remote access', secure: 'off', defaultValue: () => 'on' }),
})
