import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsCloudtrailTrailCloudwatchLogs } from './aws-cloudtrail-trail-cloudwatch-logs.js'
import { TRAIL } from './fixtures.js'

describe('aws-cloudtrail-trail-cloudwatch-logs', () => {
  it('is healthy with a log group', () => {
    expect(evaluateRule(awsCloudtrailTrailCloudwatchLogs, TRAIL).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(awsCloudtrailTrailCloudwatchLogs, withProps(TRAIL, { cloudWatchLogsLogGroupArn: undefined })).status).toBe('unhealthy')
  })
  it('is unknown for a partial record', () => {
    expect(evaluateRule(awsCloudtrailTrailCloudwatchLogs, withProps(TRAIL, { cloudWatchLogsLogGroupArn: undefined, s3BucketName: undefined })).status).toBe('unknown')
  })
})
