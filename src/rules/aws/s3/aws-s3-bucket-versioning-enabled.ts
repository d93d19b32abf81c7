/** @module aws-s3-bucket-versioning-enabled */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const awsS3BucketVersioningEnabled = defineRule({
  id: 'aws-s3-bucket-versioning-enabled',
  title: 'S3 bucket keeps object versions',
  description:
    'Versioning keeps every version of an object, so an overwrite, a deletion or ransomware encryption can be undone.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Enable versioning on the bucket and add a lifecycle rule that expires old versions.'],
    cli: 'aws s3api put-bucket-versioning --bucket <bucket> --versioning-configuration Status=Enabled',
    terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration { status = "Enabled" }\n}',
  },
  target: { kinds: ['aws.s3.bucket'] },
  evaluate: (bucket) => {
    const status = bucket.str('versioning.status')
    if (status === undefined) {
      return bucket.obj('logging') === undefined
        ? unknown(`bucket ${bucket.label}: its versioning configuration is not in the input`)
        : unhealthy(`bucket ${bucket.label} has never had versioning enabled`)
    }
    return status === 'Enabled'
      ? healthy(`bucket ${bucket.label} keeps object versions`)
      : unhealthy(`bucket ${bucket.label} has versioning ${status}`)
  },
})
