/** @module gcp-storage-bucket-customer-managed-key */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'
import { hasResourceDocument } from '../resource-document.js'

export const gcpStorageBucketCustomerManagedKey = defineRule({
  id: 'gcp-storage-bucket-customer-managed-key',
  title: 'Cloud Storage bucket encrypts new objects with a customer-managed key',
  description:
    'A default Cloud KMS key (CMEK) puts the bucket\'s data under a key you rotate, disable and audit: revoking ' +
    'the key revokes access to the data, which a Google-managed key cannot do.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['encryption'],
  remediation: {
    steps: ['Grant the Cloud Storage service agent encrypter/decrypter on a KMS key, then set it as the bucket default key (rewrite existing objects to re-encrypt them).'],
    cli: 'gcloud storage buckets update gs://<bucket> --default-encryption-key=<key resource name>',
    terraform: 'encryption {\n  default_kms_key_name = google_kms_crypto_key.bucket.id\n}',
  },
  target: { kinds: ['gcp.storage.bucket'] },
  evaluate: (bucket) => {
    const key = bucket.str('defaultKmsKeyName')
    if (key !== undefined) return healthy(`bucket ${bucket.label} encrypts new objects with ${key}`)
    return hasResourceDocument(bucket)
      ? unhealthy(`bucket ${bucket.label} has no default customer-managed key`)
      : unknown(`bucket ${bucket.label}: its encryption settings are not in the input`)
  },
})
