/** @module aws-s3-bucket-logging-enabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsS3BucketLoggingEnabled = defineRule({
  id: 'aws-s3-bucket-logging-enabled',
  title: 'S3 bucket records server access logs',
  description:
    'Without server access logging there is no record of who read or changed objects, so a leak through a public ' +
    'grant or a stolen key cannot be investigated. CloudTrail data events are the alternative.',
  severity: 'low',
  control: 'enable-auditing-and-logging',
  categories: ['logging'],
  remediation: {
    steps: ['Enable server access logging to a dedicated log bucket (or CloudTrail S3 data events).'],
    cli: 'aws s3api put-bucket-logging --bucket <bucket> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket>/"}}\'',
    terraform: 'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "log/"\n}',
  },
  target: { kinds: ['aws.s3.bucket'] },
  evaluate: (bucket) =>
    bucket.needBool('logging.enabled')
      ? healthy(`bucket ${bucket.label} logs access to ${bucket.str('logging.targetBucket') ?? 'a log bucket'}`)
      : unhealthy(`bucket ${bucket.label} has server access logging off`),
})
