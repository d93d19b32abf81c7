import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsS3BucketSslOnly } from './aws-s3-bucket-ssl-only.js'
import { BUCKET } from './fixtures.js'

const denyHttp = { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }

describe('aws-s3-bucket-ssl-only', () => {
  it('is healthy when the policy denies requests without TLS', () => {
    expect(evaluateRule(awsS3BucketSslOnly, withProps(BUCKET, { resourcePolicy: { Version: '2012-10-17', Statement: [denyHttp] } })).status).toBe('healthy')
  })
  it('is unhealthy without such a statement', () => {
    expect(evaluateRule(awsS3BucketSslOnly, withProps(BUCKET, { resourcePolicy: { Statement: [{ ...denyHttp, Effect: 'Allow' }] } }))).toMatchObject({
      status: 'unhealthy',
      message: 'bucket `demo-data` accepts requests over plain HTTP',
    })
    expect(evaluateRule(awsS3BucketSslOnly, BUCKET)).toMatchObject({ status: 'unhealthy', message: 'bucket `demo-data` has no bucket policy, so it accepts requests over plain HTTP' })
  })
  it('is unknown for a row without supplementary configuration', () => {
    expect(evaluateRule(awsS3BucketSslOnly, withProps(BUCKET, { logging: undefined })).status).toBe('unknown')
  })
})
