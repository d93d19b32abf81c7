/** @module aws-s3-bucket-sensitive-data-not-public */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const awsS3BucketSensitiveDataNotPublic = defineRule({
  id: 'aws-s3-bucket-sensitive-data-not-public',
  title: 'S3 bucket holding sensitive data is not publicly readable',
  description:
    'A bucket classified as holding sensitive data (sensitivity insight or a data-classification tag such as confidential) that anyone on the internet can read ' +
    'is a data breach waiting to be found. Buckets without sensitive data are left to aws-s3-bucket-public-read.',
  severity: 'critical',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: [
      'Turn on S3 Block Public Access for the bucket now.',
      'Remove public ACL grants and policy statements, then review the access logs for downloads.',
    ],
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  target: { kinds: ['aws.s3.bucket'] },
  evaluate: (bucket) => {
    const sensitive = bucket.sensitiveData()
    if (sensitive === undefined) return notApplicable(`bucket ${bucket.label} holds no data classified as sensitive`)
    return bucket.hasInsight('allows-public-access')
      ? unhealthy(`bucket ${bucket.label} holds sensitive data (${sensitive}) and is readable by anyone`)
      : healthy(`bucket ${bucket.label} holds sensitive data and is not public`)
  },
})
