import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsS3BucketMfaDelete } from './aws-s3-bucket-mfa-delete.js'
import { BUCKET } from './fixtures.js'

describe('aws-s3-bucket-mfa-delete', () => {
  it('is healthy with MFA delete', () => {
    expect(evaluateRule(awsS3BucketMfaDelete, BUCKET).status).toBe('healthy')
  })
  it('is unhealthy when MFA delete was never enabled', () => {
    expect(evaluateRule(awsS3BucketMfaDelete, withProps(BUCKET, { versioning: { status: 'Enabled' } }))).toMatchObject({ status: 'unhealthy', message: 'bucket `demo-data` lets versions be deleted without MFA' })
  })
  it('is unknown without the versioning configuration', () => {
    expect(evaluateRule(awsS3BucketMfaDelete, withProps(BUCKET, { versioning: undefined })).status).toBe('unknown')
  })
})
