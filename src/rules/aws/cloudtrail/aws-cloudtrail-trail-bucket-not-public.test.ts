import { describe, expect, it } from 'vitest'
import { evaluateRule, insightOf } from '../../testing/rule-harness.js'
import { awsCloudtrailTrailBucketNotPublic } from './aws-cloudtrail-trail-bucket-not-public.js'
import { TRAIL, TRAIL_BUCKET } from './fixtures.js'

const delivery = { from: TRAIL.id, to: TRAIL_BUCKET.id, kind: 'moves-data-to' as const, props: { via: 'trail-delivery' } }

describe('aws-cloudtrail-trail-bucket-not-public', () => {
  it('is healthy when the delivery bucket is not public', () => {
    expect(evaluateRule(awsCloudtrailTrailBucketNotPublic, TRAIL, { nodes: [TRAIL_BUCKET], edges: [delivery] }).status).toBe('healthy')
  })
  it('is unhealthy when the bucket allows public access', () => {
    const open = { ...TRAIL_BUCKET, insights: [insightOf('allows-public-access', { via: ['acl'] })] }
    expect(evaluateRule(awsCloudtrailTrailBucketNotPublic, TRAIL, { nodes: [open], edges: [delivery] })).toMatchObject({
      status: 'unhealthy',
      message: 'trail `org-trail` delivers its logs to public bucket `trail-logs`',
    })
  })
  it('is unknown when the bucket is not in the input', () => {
    expect(evaluateRule(awsCloudtrailTrailBucketNotPublic, TRAIL).status).toBe('unknown')
  })
})
