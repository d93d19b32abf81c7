/** @module aws-s3-bucket-public-read */
import { defineRule, healthy, texts, unhealthy, unknown } from '../../rule-kit.js'

export const awsS3BucketPublicRead = defineRule({
  id: 'aws-s3-bucket-public-read',
  title: 'S3 bucket does not allow public read',
  description:
    'Anyone on the internet can list or download the objects of a bucket that an ACL grant to AllUsers or ' +
    'AuthenticatedUsers, or a bucket policy for Principal "*", opens, unless Block Public Access neutralises it. ' +
    'The exposure analysis weighs ACLs, policies and the account and bucket blocks and records allows-public-access.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: [
      'Remove ACL grants to AllUsers and AuthenticatedUsers and policy statements that allow Principal "*".',
      'Turn on S3 Block Public Access for the bucket (and the account).',
      'Serve deliberately public content through CloudFront with origin access control instead.',
    ],
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  target: { kinds: ['aws.s3.bucket'] },
  evaluate: (bucket) => {
    const open = bucket.insight('allows-public-access')
    if (open !== undefined) {
      const via = texts(open.params['via']).join(', ') || 'its ACL or policy'
      return unhealthy(`bucket ${bucket.label} is readable by anyone via ${via}`, { via: open.params['via'] ?? null })
    }
    if (bucket.list('aclGrants') === undefined && bucket.obj('publicAccessBlock') === undefined && bucket.obj('resourcePolicy') === undefined) {
      return unknown(`bucket ${bucket.label}: neither its ACL, policy nor public access block is in the input`)
    }
    return healthy(`bucket ${bucket.label} grants no public read`)
  },
})
