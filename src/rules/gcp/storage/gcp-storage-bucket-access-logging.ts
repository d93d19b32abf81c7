/** @module gcp-storage-bucket-access-logging */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const gcpStorageBucketAccessLogging = defineRule({
  id: 'gcp-storage-bucket-access-logging',
  title: 'Cloud Storage bucket writes usage logs',
  description:
    'Usage logs record each request to the bucket (who, what object, from where), including anonymous requests ' +
    'that Data Access audit logs do not cover: the record needed to investigate a leak of a public or shared bucket.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Create a log bucket, then enable usage logging on the bucket towards it (or enable Data Access audit logs for Cloud Storage).'],
    cli: 'gcloud storage buckets update gs://<bucket> --log-bucket=gs://<log-bucket>',
    terraform: 'logging {\n  log_bucket = google_storage_bucket.logs.name\n}',
  },
  target: { kinds: ['gcp.storage.bucket'] },
  evaluate: (bucket) =>
    bucket.needBool('loggingEnabled')
      ? healthy(`bucket ${bucket.label} writes usage logs`)
      : unhealthy(`bucket ${bucket.label} writes no usage logs`),
})
