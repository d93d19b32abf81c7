import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, insightOf } from '../../testing/rule-harness.js'
import { awsS3BucketSensitiveDataNotPublic } from './aws-s3-bucket-sensitive-data-not-public.js'

const bucket: NodeInput = {
  id: 'arn:aws:s3:::demo-pii',
  kind: 'aws.s3.bucket',
  family: 'object-storage',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'demo-pii',
  tags: { 'data-classification': 'confidential' },
  props: { aclGrants: [] },
}
const sensitive = insightOf('contains-sensitive-data', { infoTypes: ['confidential'] })

describe('aws-s3-bucket-sensitive-data-not-public', () => {
  it('is unhealthy when a sensitive bucket is public', () => {
    const result = evaluateRule(awsS3BucketSensitiveDataNotPublic, { ...bucket, insights: [sensitive, insightOf('allows-public-access')] })
    expect(result).toMatchObject({ status: 'unhealthy', message: 'bucket `demo-pii` holds sensitive data (confidential) and is readable by anyone' })
  })

  it('is healthy when a sensitive bucket is private', () => {
    expect(evaluateRule(awsS3BucketSensitiveDataNotPublic, { ...bucket, insights: [sensitive] }).status).toBe('healthy')
  })

  it('is not applicable to a bucket without sensitive data, public or not', () => {
    const unclassified = { ...bucket, tags: { 'data-classification': 'public' }, insights: [insightOf('allows-public-access')] }
    expect(evaluateRule(awsS3BucketSensitiveDataNotPublic, unclassified).status).toBe('not-applicable')
  })

  it('counts a confidential classification tag as sensitive when no analysis ran', () => {
    expect(evaluateRule(awsS3BucketSensitiveDataNotPublic, { ...bucket, insights: [insightOf('allows-public-access')] }).message).toBe(
      'bucket `demo-pii` holds sensitive data (data-classification=confidential) and is readable by anyone',
    )
  })
})
