import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpStorageBucketPublicAccessPrevention } from './gcp-storage-bucket-public-access-prevention.js'
import { GCS_BUCKET } from './fixtures.js'

describe('gcp-storage-bucket-public-access-prevention', () => {
  it('is healthy when enforced', () => {
    expect(evaluateRule(gcpStorageBucketPublicAccessPrevention, GCS_BUCKET).status).toBe('healthy')
  })
  it('is unhealthy when inherited', () => {
    expect(evaluateRule(gcpStorageBucketPublicAccessPrevention, withProps(GCS_BUCKET, { publicAccessPrevention: 'inherited' }))).toMatchObject({
      status: 'unhealthy',
      message: 'bucket `demo-bucket` does not enforce public access prevention (inherited)',
    })
  })
  it('is unknown when not in the input', () => {
    expect(evaluateRule(gcpStorageBucketPublicAccessPrevention, withProps(GCS_BUCKET, { publicAccessPrevention: undefined })).status).toBe('unknown')
  })
})
