/** @module gcp-storage-bucket-public-access-prevention */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpStorageBucketPublicAccessPrevention = defineRule({
  id: 'gcp-storage-bucket-public-access-prevention',
  title: 'Cloud Storage bucket enforces public access prevention',
  description:
    'Public access prevention refuses every grant to allUsers and allAuthenticatedUsers, in IAM and in ACLs, ' +
    'present or future: one mistaken binding can no longer publish the bucket. "inherited" leaves that to an ' +
    'organization policy that may not be set.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: [
      'Enforce public access prevention on every bucket that does not serve public content.',
      'Set the constraints/storage.publicAccessPrevention organization policy so new buckets inherit it.',
    ],
    cli: 'gcloud storage buckets update gs://<bucket> --public-access-prevention',
    terraform: 'public_access_prevention = "enforced"',
  },
  target: { kinds: ['gcp.storage.bucket'] },
  evaluate: (bucket) => {
    const prevention = bucket.needStr('publicAccessPrevention')
    return prevention === 'enforced'
      ? healthy(`bucket ${bucket.label} enforces public access prevention`)
      : unhealthy(`bucket ${bucket.label} does not enforce public access prevention (${prevention})`)
  },
})
