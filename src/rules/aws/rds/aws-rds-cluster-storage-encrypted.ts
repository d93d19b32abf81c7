/** @module aws-rds-cluster-storage-encrypted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsRdsClusterStorageEncrypted = defineRule({
  id: 'aws-rds-cluster-storage-encrypted',
  title: 'RDS/Aurora cluster storage is encrypted',
  description:
    'An unencrypted cluster stores its data, logs, backups and snapshots in clear on the underlying storage; ' +
    'encryption at rest with KMS also lets key policy control who can restore or share snapshots.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Encryption cannot be turned on in place: snapshot the cluster, restore it with encryption and a KMS key, and switch over.'],
    cli: 'aws rds restore-db-cluster-from-snapshot --db-cluster-identifier <new-id> --snapshot-identifier <snapshot> --engine <engine> --kms-key-id <key>',
    terraform: 'storage_encrypted = true',
  },
  target: { kinds: ['aws.rds.db-cluster'] },
  evaluate: (cluster) =>
    cluster.needBool('storageEncrypted')
      ? healthy(`cluster ${cluster.label} is encrypted at rest`)
      : unhealthy(`cluster ${cluster.label} is not encrypted at rest`),
})
