/** @module gcp-storage-bucket-uniform-access */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpStorageBucketUniformAccess = defineRule({
  id: 'gcp-storage-bucket-uniform-access',
  title: 'Cloud Storage bucket uses uniform bucket-level access',
  description:
    'With fine-grained ACLs every object can carry its own grants, so IAM alone does not say who can read the bucket; ' +
    'uniform bucket-level access makes IAM the only authority.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'data-exposure'],
  remediation: {
    steps: ['Move object ACL grants into IAM bindings, then enable uniform bucket-level access.'],
    cli: 'gcloud storage buckets update gs://<bucket> --uniform-bucket-level-access',
    terraform: 'uniform_bucket_level_access = true',
  },
  target: { kinds: ['gcp.storage.bucket'] },
  evaluate: (bucket) =>
    bucket.needBool('uniformBucketLevelAccess')
      ? healthy(`bucket ${bucket.label} uses uniform bucket-level access`)
      : unhealthy(`bucket ${bucket.label} uses fine-grained object ACLs`),
})
