/** @module gcp-storage-bucket-sensitive-data-not-public */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const gcpStorageBucketSensitiveDataNotPublic = defineRule({
  id: 'gcp-storage-bucket-sensitive-data-not-public',
  title: 'Cloud Storage bucket holding sensitive data is not publicly readable',
  description:
    'A bucket classified as holding sensitive data (sensitivity insight or a data-classification tag such as confidential) that allUsers or allAuthenticatedUsers can read leaks that data. ' +
    'Buckets without sensitive data are left to gcp-storage-bucket-public.',
  severity: 'critical',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Enforce public access prevention on the bucket now, then remove the public bindings and review access logs.'],
    cli: 'gcloud storage buckets update gs://<bucket> --public-access-prevention',
  },
  target: { kinds: ['gcp.storage.bucket'] },
  evaluate: (bucket) => {
    const sensitive = bucket.sensitiveData()
    if (sensitive === undefined) return notApplicable(`bucket ${bucket.label} holds no data classified as sensitive`)
    return bucket.hasInsight('allows-public-access')
      ? unhealthy(`bucket ${bucket.label} holds sensitive data (${sensitive}) and is readable by anyone`)
      : healthy(`bucket ${bucket.label} holds sensitive data and is not public`)
  },
})
