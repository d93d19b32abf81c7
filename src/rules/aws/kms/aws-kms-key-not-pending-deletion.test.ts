import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsKmsKeyNotPendingDeletion } from './aws-kms-key-not-pending-deletion.js'
import { KEY } from './fixtures.js'

describe('aws-kms-key-not-pending-deletion', () => {
  it('is healthy for an enabled key', () => {
    expect(evaluateRule(awsKmsKeyNotPendingDeletion, KEY).status).toBe('healthy')
  })
  it('is unhealthy when deletion is scheduled', () => {
    expect(evaluateRule(awsKmsKeyNotPendingDeletion, withProps(KEY, { keyState: 'PendingDeletion' }))).toMatchObject({ status: 'unhealthy', message: 'key `orders-data` is scheduled for deletion (PendingDeletion)' })
  })
  it('is not applicable to AWS managed keys and unknown without a state', () => {
    expect(evaluateRule(awsKmsKeyNotPendingDeletion, withProps(KEY, { keyManager: 'AWS' })).status).toBe('not-applicable')
    expect(evaluateRule(awsKmsKeyNotPendingDeletion, withProps(KEY, { keyState: undefined })).status).toBe('unknown')
  })
})
