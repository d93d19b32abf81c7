import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsS3BucketVersioningEnabled } from './aws-s3-bucket-versioning-enabled.js'

const bucket: NodeInput = {
  id: 'arn:aws:s3:::demo-data',
  kind: 'aws.s3.bucket',
  family: 'object-storage',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'demo-data',
  props: { versioning: { status: 'Enabled' }, logging: { enabled: false } },
}

describe('aws-s3-bucket-versioning-enabled', () => {
  it('is healthy when versioning is enabled', () => {
    expect(evaluateRule(awsS3BucketVersioningEnabled, bucket).status).toBe('healthy')
  })
  it('is unhealthy when versioning is suspended', () => {
    expect(evaluateRule(awsS3BucketVersioningEnabled, withProps(bucket, { versioning: { status: 'Suspended' } }))).toMatchObject({ status: 'unhealthy', message: 'bucket `demo-data` has versioning Suspended' })
  })
  it('is unknown for a row without supplementary configuration', () => {
    expect(evaluateRule(awsS3BucketVersioningEnabled, withProps(bucket, { versioning: undefined, logging: undefined })).status).toBe('unknown')
  })
})
