import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsCloudtrailTrailLogging } from './aws-cloudtrail-trail-logging.js'
import { TRAIL } from './fixtures.js'

describe('aws-cloudtrail-trail-logging', () => {
  it('is healthy when logging', () => {
    expect(evaluateRule(awsCloudtrailTrailLogging, TRAIL).status).toBe('healthy')
  })
  it('is unhealthy when stopped', () => {
    expect(evaluateRule(awsCloudtrailTrailLogging, withProps(TRAIL, { isLogging: false }))).toMatchObject({ status: 'unhealthy', message: 'trail `org-trail` has logging stopped' })
  })
  it('is unknown without the trail status', () => {
    expect(evaluateRule(awsCloudtrailTrailLogging, withProps(TRAIL, { isLogging: undefined })).status).toBe('unknown')
  })
})
