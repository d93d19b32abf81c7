import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpStorageBucketPublic } from './gcp-storage-bucket-public.js'
import { GCS_BUCKET } from './fixtures.js'

const open = { publicBindings: [{ role: 'roles/storage.objectViewer', member: 'allUsers' }], publicAccessPrevention: 'inherited' }

describe('gcp-storage-bucket-public', () => {
  it('is healthy without public grants', () => {
    expect(evaluateRule(gcpStorageBucketPublic, withProps(GCS_BUCKET, { publicAccessPrevention: 'inherited' })).status).toBe('healthy')
  })
  it('is unhealthy with an allUsers binding', () => {
    expect(evaluateRule(gcpStorageBucketPublic, withProps(GCS_BUCKET, open))).toMatchObject({ status: 'unhealthy', message: 'bucket `demo-bucket` is readable by allUsers' })
  })
  it('is healthy when public access prevention overrides the binding', () => {
    expect(evaluateRule(gcpStorageBucketPublic, withProps(GCS_BUCKET, { ...open, publicAccessPrevention: 'enforced' })).status).toBe('healthy')
  })
  it('is unknown without IAM policy or ACL', () => {
    const bare = withProps(GCS_BUCKET, { publicBindings: undefined, publicAcl: undefined, publicAccessPrevention: undefined })
    expect(evaluateRule(gcpStorageBucketPublic, bare).status).toBe('unknown')
  })
})
