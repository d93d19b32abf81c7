import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpStorageBucketCustomerManagedKey } from './gcp-storage-bucket-customer-managed-key.js'
import { GCS_BUCKET } from './fixtures.js'

const KEY = 'projects/demo-proj/locations/us/keyRings/storage/cryptoKeys/buckets'

describe('gcp-storage-bucket-customer-managed-key', () => {
  it('is healthy with a default KMS key', () => {
    expect(evaluateRule(gcpStorageBucketCustomerManagedKey, withProps(GCS_BUCKET, { defaultKmsKeyName: KEY })).status).toBe('healthy')
  })
  it('is unhealthy when the exported bucket has no default key', () => {
    expect(evaluateRule(gcpStorageBucketCustomerManagedKey, withProps(GCS_BUCKET, { config: { name: 'demo-bucket' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'bucket `demo-bucket` has no default customer-managed key',
    })
  })
  it('is unknown without the bucket document', () => {
    expect(evaluateRule(gcpStorageBucketCustomerManagedKey, GCS_BUCKET).status).toBe('unknown')
  })
})
