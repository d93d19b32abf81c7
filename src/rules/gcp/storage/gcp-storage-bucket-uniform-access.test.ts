import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpStorageBucketUniformAccess } from './gcp-storage-bucket-uniform-access.js'
import { GCS_BUCKET } from './fixtures.js'

describe('gcp-storage-bucket-uniform-access', () => {
  it('is healthy with uniform access', () => {
    expect(evaluateRule(gcpStorageBucketUniformAccess, GCS_BUCKET).status).toBe('healthy')
  })
  it('is unhealthy with fine-grained ACLs', () => {
    expect(evaluateRule(gcpStorageBucketUniformAccess, withProps(GCS_BUCKET, { uniformBucketLevelAccess: false })).status).toBe('unhealthy')
  })
  it('is unknown when the IAM configuration was not exported', () => {
    expect(evaluateRule(gcpStorageBucketUniformAccess, withProps(GCS_BUCKET, { uniformBucketLevelAccess: undefined })).status).toBe('unknown')
  })
})
