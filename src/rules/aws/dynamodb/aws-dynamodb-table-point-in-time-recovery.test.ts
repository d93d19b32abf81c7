import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsDynamodbTablePointInTimeRecovery } from './aws-dynamodb-table-point-in-time-recovery.js'
import { TABLE } from './fixtures.js'

describe('aws-dynamodb-table-point-in-time-recovery', () => {
  it('is healthy with PITR', () => {
    expect(evaluateRule(awsDynamodbTablePointInTimeRecovery, TABLE).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(awsDynamodbTablePointInTimeRecovery, withProps(TABLE, { pointInTimeRecovery: false }))).toMatchObject({ status: 'unhealthy', message: 'table `orders` has no point-in-time recovery' })
  })
  it('is unknown when the continuous backups description was not exported', () => {
    expect(evaluateRule(awsDynamodbTablePointInTimeRecovery, withProps(TABLE, { pointInTimeRecovery: undefined })).status).toBe('unknown')
  })
})
