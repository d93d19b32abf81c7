import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsInstanceMultiAz } from './aws-rds-instance-multi-az.js'
import { AURORA_MEMBER, DB_INSTANCE } from './fixtures.js'

describe('aws-rds-instance-multi-az', () => {
  it('is healthy when Multi-AZ', () => {
    expect(evaluateRule(awsRdsInstanceMultiAz, DB_INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy in a single zone', () => {
    expect(evaluateRule(awsRdsInstanceMultiAz, withProps(DB_INSTANCE, { multiAz: false }))).toMatchObject({ status: 'unhealthy', message: 'database `orders` runs in a single Availability Zone' })
  })
  it('is not applicable to cluster members and unknown without the flag', () => {
    expect(evaluateRule(awsRdsInstanceMultiAz, AURORA_MEMBER).status).toBe('not-applicable')
    expect(evaluateRule(awsRdsInstanceMultiAz, withProps(DB_INSTANCE, { multiAz: undefined })).status).toBe('unknown')
  })
})
