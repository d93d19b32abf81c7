/** @module aws-s3-bucket-public-access-blocked */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

const SETTINGS = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'] as const

export const awsS3BucketPublicAccessBlocked = defineRule({
  id: 'aws-s3-bucket-public-access-blocked',
  title: 'S3 bucket blocks public access with all four Block Public Access settings',
  description:
    'S3 Block Public Access stops new public ACLs and policies and neutralises existing ones. A bucket without all ' +
    'four settings can become public through one careless ACL or policy change.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Open the bucket in the S3 console, Permissions, Block public access, and turn on all four settings.'],
    cli:
      'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration ' +
      'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket = aws_s3_bucket.this.id\n  block_public_acls = true\n' +
      '  ignore_public_acls = true\n  block_public_policy = true\n  restrict_public_buckets = true\n}',
  },
  target: { kinds: ['aws.s3.bucket'] },
  evaluate: (bucket) => {
    const block = bucket.obj('publicAccessBlock')
    if (block === undefined) {
      // The reader sets `logging` only when the bucket's supplementary configuration was exported.
      return bucket.obj('logging') === undefined
        ? unknown(`bucket ${bucket.label}: its public access block configuration is not in the input`)
        : unhealthy(`bucket ${bucket.label} has no bucket-level public access block`)
    }
    const off = SETTINGS.filter((setting) => block[setting] !== true)
    return off.length === 0
      ? healthy(`bucket ${bucket.label} blocks public access with all four settings`)
      : unhealthy(`bucket ${bucket.label} has ${off.join(', ')} turned off`, { settingsOff: off })
  },
})
