/** @module aws-s3-bucket-default-encryption */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsS3BucketDefaultEncryption = defineRule({
  id: 'aws-s3-bucket-default-encryption',
  title: 'S3 bucket encrypts new objects by default',
  description:
    'Default encryption (SSE-S3 or SSE-KMS) makes every new object encrypted at rest without relying on each writer. ' +
    'Buckets created since January 2023 get SSE-S3 by default; older buckets may still have none.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Set default encryption on the bucket (SSE-KMS with a customer managed key for sensitive data).'],
    cli: 'aws s3api put-bucket-encryption --bucket <bucket> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms"}}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n' +
      '  rule {\n    apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" }\n  }\n}',
  },
  target: { kinds: ['aws.s3.bucket'] },
  evaluate: (bucket) => {
    const enabled = bucket.needBool('encryption.enabled')
    return enabled
      ? healthy(`bucket ${bucket.label} encrypts by default with ${bucket.str('encryption.algorithm') ?? 'server-side encryption'}`)
      : unhealthy(`bucket ${bucket.label} has no default encryption`)
  },
})
