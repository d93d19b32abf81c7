/** @module gcp-bigquery-dataset-customer-managed-key */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpBigqueryDatasetCustomerManagedKey = defineRule({
  id: 'gcp-bigquery-dataset-customer-managed-key',
  title: 'BigQuery dataset encrypts new tables with a customer-managed key',
  description:
    'A default Cloud KMS key (CMEK) on the dataset puts its tables under a key you rotate, disable and audit; revoking the key revokes access to the data, which Google-managed encryption cannot do.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['encryption'],
  remediation: {
    steps: ['Grant the BigQuery service account encrypter/decrypter on a KMS key and set it as the dataset default key (existing tables keep their key until copied).'],
    cli: 'bq update --default_kms_key=<key resource name> <project>:<dataset>',
    terraform: 'default_encryption_configuration {\n  kms_key_name = google_kms_crypto_key.bigquery.id\n}',
  },
  target: { kinds: ['gcp.bigquery.dataset'] },
  evaluate: (dataset) => {
    if (!hasResourceDocument(dataset)) return unknown(`dataset ${dataset.label}: its resource document is not in the input`)
    const key = dataset.str('config.defaultEncryptionConfiguration.kmsKeyName')
    return key === undefined
      ? unhealthy(`dataset ${dataset.label} has no default customer-managed key`)
      : healthy(`dataset ${dataset.label} encrypts new tables with ${key}`)
  },
})
