/** @module aws-rds-snapshot-encrypted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsRdsSnapshotEncrypted = defineRule({
  id: 'aws-rds-snapshot-encrypted',
  title: 'RDS snapshot is encrypted',
  description:
    'An unencrypted snapshot holds the database in clear and can be shared or copied without any KMS key policy ' +
    'standing in the way.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Copy the snapshot with a KMS key (copy-db-snapshot --kms-key-id), delete the unencrypted one, and encrypt the source database.'],
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <id> --target-db-snapshot-identifier <id>-encrypted --kms-key-id <key>',
  },
  target: { kinds: ['aws.rds.db-snapshot', 'aws.rds.db-cluster-snapshot'] },
  evaluate: (snapshot) =>
    snapshot.needBool('encrypted')
      ? healthy(`snapshot ${snapshot.label} is encrypted`)
      : unhealthy(`snapshot ${snapshot.label} is not encrypted`),
})
