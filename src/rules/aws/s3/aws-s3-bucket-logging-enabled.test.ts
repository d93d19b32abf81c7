import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsS3BucketLoggingEnabled } from './aws-s3-bucket-logging-enabled.js'

// Props shaped like the AWS Config reader's output for aws.s3.bucket (src/providers/aws/services/s3/s3-bucket.ts).
const node: NodeInput = {
  id: 'arn:aws:s3:::demo',
  kind: 'aws.s3.bucket',
  family: 'object-storage',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'demo',
  props: { bucketName: 'demo', logging: { enabled: true, targetBucket: 'demo-logs', prefix: 'demo/' } },
}

describe('aws-s3-bucket-logging-enabled', () => {
  it('is healthy when access logging is on', () => {
    expect(evaluateRule(awsS3BucketLoggingEnabled, node)).toMatchObject({ status: 'healthy', message: 'bucket `demo` logs access to demo-logs' })
  })

  it('is unhealthy when access logging is off', () => {
    expect(evaluateRule(awsS3BucketLoggingEnabled, withProps(node, { logging: { enabled: false } }))).toMatchObject({ status: 'unhealthy', message: 'bucket `demo` has server access logging off' })
  })

  it('is unknown when the logging configuration is not in the input', () => {
    expect(evaluateRule(awsS3BucketLoggingEnabled, withProps(node, { logging: undefined })).status).toBe('unknown')
  })
})
