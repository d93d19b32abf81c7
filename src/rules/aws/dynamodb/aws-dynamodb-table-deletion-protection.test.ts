import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsDynamodbTableDeletionProtection } from './aws-dynamodb-table-deletion-protection.js'
import { TABLE } from './fixtures.js'

describe('aws-dynamodb-table-deletion-protection', () => {
  it('is healthy with deletion protection', () => {
    expect(evaluateRule(awsDynamodbTableDeletionProtection, TABLE).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(awsDynamodbTableDeletionProtection, withProps(TABLE, { deletionProtection: false })).status).toBe('unhealthy')
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(awsDynamodbTableDeletionProtection, withProps(TABLE, { deletionProtection: undefined })).status).toBe('unknown')
  })
})
