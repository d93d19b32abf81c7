/** @module aws-cloudtrail-trail-kms-encrypted */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const awsCloudtrailTrailKmsEncrypted = defineRule({
  id: 'aws-cloudtrail-trail-kms-encrypted',
  title: 'CloudTrail trail encrypts its logs with a KMS key',
  description:
    'By default trail logs are encrypted with S3 managed keys, readable by anyone with read access to the bucket. ' +
    'SSE-KMS adds a key policy: reading the logs then also needs kms:Decrypt, and every decryption is recorded.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption', 'logging'],
  remediation: {
    steps: ['Create a KMS key whose policy lets CloudTrail encrypt, and configure the trail to use it.'],
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>',
    terraform: 'kms_key_id = aws_kms_key.cloudtrail.arn',
  },
  target: { kinds: ['aws.cloudtrail.trail'] },
  evaluate: (trail) => {
    const key = trail.str('kmsKeyId')
    if (key !== undefined) return healthy(`trail ${trail.label} encrypts its logs with ${key}`)
    // A Config item lists kmsKeyId only when set; the delivery bucket tells a complete item from a partial one.
    return trail.str('s3BucketName') === undefined
      ? unknown(`trail ${trail.label}: its configuration is not in the input`)
      : unhealthy(`trail ${trail.label} encrypts its logs with S3 managed keys only`)
  },
})
