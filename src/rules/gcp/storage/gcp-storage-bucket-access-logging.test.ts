import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpStorageBucketAccessLogging } from './gcp-storage-bucket-access-logging.js'
import { GCS_BUCKET } from './fixtures.js'

describe('gcp-storage-bucket-access-logging', () => {
  it('is healthy with a log bucket', () => {
    expect(evaluateRule(gcpStorageBucketAccessLogging, withProps(GCS_BUCKET, { loggingEnabled: true })).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(gcpStorageBucketAccessLogging, withProps(GCS_BUCKET, { loggingEnabled: false }))).toMatchObject({ status: 'unhealthy', message: 'bucket `demo-bucket` writes no usage logs' })
  })
  it('is unknown when logging is not in the input', () => {
    expect(evaluateRule(gcpStorageBucketAccessLogging, GCS_BUCKET).status).toBe('unknown')
  })
})
