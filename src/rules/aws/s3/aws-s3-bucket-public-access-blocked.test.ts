import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsS3BucketPublicAccessBlocked } from './aws-s3-bucket-public-access-blocked.js'

const bucket = {
  id: 'arn:aws:s3:::demo-logs',
  kind: 'aws.s3.bucket',
  family: 'object-storage',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'demo-logs',
  props: {
    bucketName: 'demo-logs',
    publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
    logging: { enabled: false },
  },
} as const

describe('aws-s3-bucket-public-access-blocked', () => {
  it('is healthy when all four settings are on', () => {
    expect(evaluateRule(awsS3BucketPublicAccessBlocked, bucket).status).toBe('healthy')
  })

  it('is unhealthy and names the settings that are off', () => {
    const open = withProps(bucket, { publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: false, blockPublicPolicy: true, restrictPublicBuckets: false } })
    const result = evaluateRule(awsS3BucketPublicAccessBlocked, open)
    expect(result.status).toBe('unhealthy')
    expect(result.message).toBe('bucket `demo-logs` has ignorePublicAcls, restrictPublicBuckets turned off')
  })

  it('is unhealthy when the exported configuration has no block at all', () => {
    expect(evaluateRule(awsS3BucketPublicAccessBlocked, withProps(bucket, { publicAccessBlock: undefined })).status).toBe('unhealthy')
  })

  it('is unknown when the supplementary configuration was not exported', () => {
    const row = withProps(bucket, { publicAccessBlock: undefined, logging: undefined })
    expect(evaluateRule(awsS3BucketPublicAccessBlocked, row).status).toBe('unknown')
  })
})
