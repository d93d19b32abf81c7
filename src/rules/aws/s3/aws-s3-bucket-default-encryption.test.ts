import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsS3BucketDefaultEncryption } from './aws-s3-bucket-default-encryption.js'

const bucket: NodeInput = {
  id: 'arn:aws:s3:::demo-data',
  kind: 'aws.s3.bucket',
  family: 'object-storage',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'demo-data',
  props: { encryption: { enabled: true, algorithm: 'aws:kms', bucketKeyEnabled: true } },
}

describe('aws-s3-bucket-default-encryption', () => {
  it('is healthy with default encryption', () => {
    expect(evaluateRule(awsS3BucketDefaultEncryption, bucket)).toMatchObject({ status: 'healthy', message: 'bucket `demo-data` encrypts by default with aws:kms' })
  })
  it('is unhealthy without default encryption', () => {
    expect(evaluateRule(awsS3BucketDefaultEncryption, withProps(bucket, { encryption: { enabled: false } })).status).toBe('unhealthy')
  })
  it('is unknown when the encryption configuration was not exported', () => {
    const result = evaluateRule(awsS3BucketDefaultEncryption, withProps(bucket, { encryption: undefined }))
    expect(result).toMatchObject({ status: 'unknown', message: '`demo-data`: encryption.enabled is not in the input, so the rule cannot tell' })
  })
})
