/** @module aws-rds-snapshot-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsRdsSnapshotNotPublic = defineRule({
  id: 'aws-rds-snapshot-not-public',
  title: 'RDS snapshot is not shared publicly',
  description:
    'A snapshot whose restore attribute includes "all" can be copied and restored by any AWS account, handing over ' +
    'the whole database: every row, every password hash.',
  severity: 'critical',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Remove "all" from the restore attribute of the snapshot; share with named accounts only, and encrypt snapshots with a customer managed key.'],
    cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <id> --attribute-name restore --values-to-remove all',
  },
  target: { kinds: ['aws.rds.db-snapshot', 'aws.rds.db-cluster-snapshot'] },
  evaluate: (snapshot) =>
    snapshot.needBool('public')
      ? unhealthy(`snapshot ${snapshot.label} can be restored by any AWS account`)
      : healthy(`snapshot ${snapshot.label} is not public`),
})
