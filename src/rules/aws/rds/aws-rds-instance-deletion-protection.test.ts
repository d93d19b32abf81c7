import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsInstanceDeletionProtection } from './aws-rds-instance-deletion-protection.js'
import { AURORA_MEMBER, DB_INSTANCE } from './fixtures.js'

describe('aws-rds-instance-deletion-protection', () => {
  it('is healthy with deletion protection', () => {
    expect(evaluateRule(awsRdsInstanceDeletionProtection, DB_INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(awsRdsInstanceDeletionProtection, withProps(DB_INSTANCE, { deletionProtection: false })).status).toBe('unhealthy')
  })
  it('is not applicable to cluster members and unknown without the flag', () => {
    expect(evaluateRule(awsRdsInstanceDeletionProtection, AURORA_MEMBER).status).toBe('not-applicable')
    expect(evaluateRule(awsRdsInstanceDeletionProtection, withProps(DB_INSTANCE, { deletionProtection: undefined })).status).toBe('unknown')
  })
})
