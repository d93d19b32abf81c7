import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsSnapshotEncrypted } from './aws-rds-snapshot-encrypted.js'
import { DB_SNAPSHOT } from './fixtures.js'

describe('aws-rds-snapshot-encrypted', () => {
  it('is healthy when encrypted', () => {
    expect(evaluateRule(awsRdsSnapshotEncrypted, DB_SNAPSHOT).status).toBe('healthy')
  })
  it('is unhealthy when not', () => {
    expect(evaluateRule(awsRdsSnapshotEncrypted, withProps(DB_SNAPSHOT, { encrypted: false }))).toMatchObject({ status: 'unhealthy', message: 'snapshot `orders-2024-05-01` is not encrypted' })
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(awsRdsSnapshotEncrypted, withProps(DB_SNAPSHOT, { encrypted: undefined })).status).toBe('unknown')
  })
})
