import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsCloudtrailTrailKmsEncrypted } from './aws-cloudtrail-trail-kms-encrypted.js'
import { TRAIL } from './fixtures.js'

describe('aws-cloudtrail-trail-kms-encrypted', () => {
  it('is healthy with a KMS key', () => {
    expect(evaluateRule(awsCloudtrailTrailKmsEncrypted, TRAIL).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(awsCloudtrailTrailKmsEncrypted, withProps(TRAIL, { kmsKeyId: undefined }))).toMatchObject({ status: 'unhealthy', message: 'trail `org-trail` encrypts its logs with S3 managed keys only' })
  })
  it('is unknown for a partial record', () => {
    expect(evaluateRule(awsCloudtrailTrailKmsEncrypted, withProps(TRAIL, { kmsKeyId: undefined, s3BucketName: undefined })).status).toBe('unknown')
  })
})
