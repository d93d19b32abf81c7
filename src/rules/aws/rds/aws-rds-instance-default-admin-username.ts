/** @module aws-rds-instance-default-admin-username */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

/** Master user names the engines and consoles propose: the first guesses of a password-spraying attacker. */
const DEFAULT_NAMES = new Set(['admin', 'administrator', 'postgres', 'root', 'sa', 'master', 'mysql', 'user', 'dbadmin'])

export const awsRdsInstanceDefaultAdminUsername = defineRule({
  id: 'aws-rds-instance-default-admin-username',
  title: 'RDS database does not use a default master user name',
  description:
    'Master user names such as admin or postgres are the first an attacker tries; with a guessable user name only ' +
    'the password stands between a reachable database and a full takeover. A unique name adds a second unknown.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: [
      'The master user name cannot be changed: restore a snapshot into a new instance with a unique master user name, or',
      'create a differently named administrator, move applications to it, and lock the default account down.',
    ],
    terraform: 'username = "<unique-name>"',
  },
  target: { kinds: ['aws.rds.db-instance', 'aws.rds.db-cluster'] },
  evaluate: (db) => {
    if (db.kind === 'aws.rds.db-instance' && db.str('clusterArn') !== undefined) return notApplicable(`database ${db.label} is a cluster member; its cluster is checked`)
    const user = db.needStr('masterUsername')
    return DEFAULT_NAMES.has(user.toLowerCase())
      ? unhealthy(`database ${db.label} has the default master user name ${user}`)
      : healthy(`database ${db.label} has a non-default master user name`)
  },
})
