/** @module aws-cloudtrail-trail-bucket-not-public */
import { defineRule, healthy, unhealthy, unknown } from '../../rule-kit.js'

export const awsCloudtrailTrailBucketNotPublic = defineRule({
  id: 'aws-cloudtrail-trail-bucket-not-public',
  title: 'S3 bucket receiving CloudTrail logs is not public',
  description:
    'Trail logs describe every API call of the account: identities, resources, addresses. A public log bucket ' +
    'hands a reconnaissance map to anyone, and a publicly writable one lets them tamper with the evidence. ' +
    'Judged from the exposure analysis of the delivery bucket (allows-public-access).',
  severity: 'critical',
  control: 'restrict-unauthorized-network-access',
  categories: ['logging', 'data-exposure'],
  remediation: {
    steps: ['Remove public grants and policy statements from the log bucket and turn on S3 Block Public Access for it.'],
    cli: 'aws s3api put-public-access-block --bucket <bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
  },
  target: { kinds: ['aws.cloudtrail.trail'] },
  evaluate: (trail) => {
    const [bucket] = trail.neighbours('out', 'moves-data-to', ['aws.s3.bucket'])
    if (bucket === undefined) return unknown(`trail ${trail.label}: its delivery bucket ${trail.str('s3BucketName') ?? ''} is not in the input`.trimEnd())
    return bucket.hasInsight('allows-public-access')
      ? unhealthy(`trail ${trail.label} delivers its logs to public bucket ${bucket.label}`)
      : healthy(`trail ${trail.label} delivers its logs to non-public bucket ${bucket.label}`)
  },
})
