/** @module gcp-storage-bucket-versioning-enabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpStorageBucketVersioningEnabled = defineRule({
  id: 'gcp-storage-bucket-versioning-enabled',
  title: 'Cloud Storage bucket keeps noncurrent object versions',
  description:
    'Without object versioning an overwrite or delete — by mistake, a faulty job or ransomware holding a write ' +
    'credential — destroys the only copy; versioning keeps the previous generations recoverable.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Enable object versioning and add a lifecycle rule that deletes noncurrent versions after the recovery window.'],
    cli: 'gcloud storage buckets update gs://<bucket> --versioning',
    terraform: 'versioning {\n  enabled = true\n}',
  },
  target: { kinds: ['gcp.storage.bucket'] },
  evaluate: (bucket) =>
    bucket.needBool('versioningEnabled')
      ? healthy(`bucket ${bucket.label} keeps noncurrent object versions`)
      : unhealthy(`bucket ${bucket.label} has object versioning off: overwrites and deletes are final`),
})
