/** @module aws-rds-instance-storage-encrypted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsRdsInstanceStorageEncrypted = defineRule({
  id: 'aws-rds-instance-storage-encrypted',
  title: 'RDS instance storage is encrypted at rest',
  description: 'Unencrypted RDS storage leaves data, automated backups, read replicas and snapshots in clear.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: [
      'Take a snapshot, copy it with encryption (a KMS key), restore a new instance from the copy and switch over.',
    ],
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snap> --target-db-snapshot-identifier <snap>-enc --kms-key-id <key>',
    terraform: 'storage_encrypted = true\nkms_key_id        = aws_kms_key.rds.arn',
  },
  target: { kinds: ['aws.rds.db-instance'] },
  evaluate: (db) =>
    db.needBool('storageEncrypted') ? healthy(`database ${db.label} storage is encrypted`) : unhealthy(`database ${db.label} storage is not encrypted`),
})
