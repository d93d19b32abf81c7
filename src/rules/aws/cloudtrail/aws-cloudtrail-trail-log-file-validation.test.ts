import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsCloudtrailTrailLogFileValidation } from './aws-cloudtrail-trail-log-file-validation.js'
import { TRAIL } from './fixtures.js'

describe('aws-cloudtrail-trail-log-file-validation', () => {
  it('is healthy with validation', () => {
    expect(evaluateRule(awsCloudtrailTrailLogFileValidation, TRAIL).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(awsCloudtrailTrailLogFileValidation, withProps(TRAIL, { logFileValidation: false }))).toMatchObject({ status: 'unhealthy', message: 'trail `org-trail` does not validate its log files' })
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(awsCloudtrailTrailLogFileValidation, withProps(TRAIL, { logFileValidation: undefined })).status).toBe('unknown')
  })
})
