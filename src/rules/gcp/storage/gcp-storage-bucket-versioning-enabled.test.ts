import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpStorageBucketVersioningEnabled } from './gcp-storage-bucket-versioning-enabled.js'
import { GCS_BUCKET } from './fixtures.js'

describe('gcp-storage-bucket-versioning-enabled', () => {
  it('is healthy with versioning on', () => {
    expect(evaluateRule(gcpStorageBucketVersioningEnabled, GCS_BUCKET).status).toBe('healthy')
  })
  it('is unhealthy with versioning off', () => {
    expect(evaluateRule(gcpStorageBucketVersioningEnabled, withProps(GCS_BUCKET, { versioningEnabled: false }))).toMatchObject({
      status: 'unhealthy',
      message: 'bucket `demo-bucket` has object versioning off: overwrites and deletes are final',
    })
  })
  it('is unknown when versioning is not in the input', () => {
    expect(evaluateRule(gcpStorageBucketVersioningEnabled, withProps(GCS_BUCKET, { versioningEnabled: undefined })).status).toBe('unknown')
  })
})
