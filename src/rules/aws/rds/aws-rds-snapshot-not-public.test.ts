import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsSnapshotNotPublic } from './aws-rds-snapshot-not-public.js'
import { DB_SNAPSHOT } from './fixtures.js'

describe('aws-rds-snapshot-not-public', () => {
  it('is healthy when private', () => {
    expect(evaluateRule(awsRdsSnapshotNotPublic, DB_SNAPSHOT).status).toBe('healthy')
  })
  it('is unhealthy when public', () => {
    expect(evaluateRule(awsRdsSnapshotNotPublic, withProps(DB_SNAPSHOT, { public: true }))).toMatchObject({ status: 'unhealthy', message: 'snapshot `orders-2024-05-01` can be restored by any AWS account' })
  })
  it('is unknown when the snapshot attributes were not exported', () => {
    expect(evaluateRule(awsRdsSnapshotNotPublic, withProps(DB_SNAPSHOT, { public: undefined })).status).toBe('unknown')
  })
})
