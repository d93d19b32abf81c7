import { describe, expect, it } from 'vitest'
import { evaluateRule, insightOf } from '../../testing/rule-harness.js'
import { gcpStorageBucketSensitiveDataNotPublic } from './gcp-storage-bucket-sensitive-data-not-public.js'
import { GCS_BUCKET } from './fixtures.js'

describe('gcp-storage-bucket-sensitive-data-not-public', () => {
  it('is unhealthy when a sensitive bucket is public', () => {
    const node = { ...GCS_BUCKET, insights: [insightOf('contains-sensitive-data'), insightOf('allows-public-access')] }
    expect(evaluateRule(gcpStorageBucketSensitiveDataNotPublic, node).status).toBe('unhealthy')
  })
  it('is healthy when a sensitive bucket is private', () => {
    expect(evaluateRule(gcpStorageBucketSensitiveDataNotPublic, { ...GCS_BUCKET, insights: [insightOf('contains-sensitive-data')] }).status).toBe('healthy')
  })
  it('is not applicable without sensitive data', () => {
    expect(evaluateRule(gcpStorageBucketSensitiveDataNotPublic, GCS_BUCKET).status).toBe('not-applicable')
  })
})
