import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsSqsQueueEncrypted } from './aws-sqs-queue-encrypted.js'
import { QUEUE } from './fixtures.js'

describe('aws-sqs-queue-encrypted', () => {
  it('is healthy with SSE-SQS or a KMS key', () => {
    expect(evaluateRule(awsSqsQueueEncrypted, QUEUE).status).toBe('healthy')
    expect(evaluateRule(awsSqsQueueEncrypted, withProps(QUEUE, { sqsManagedSse: false, kmsKeyId: 'alias/orders' })).status).toBe('healthy')
  })
  it('is unhealthy without encryption', () => {
    expect(evaluateRule(awsSqsQueueEncrypted, withProps(QUEUE, { sqsManagedSse: false }))).toMatchObject({ status: 'unhealthy', message: 'queue `orders` stores messages unencrypted' })
  })
  it('is unknown without the attributes', () => {
    expect(evaluateRule(awsSqsQueueEncrypted, withProps(QUEUE, { sqsManagedSse: undefined })).status).toBe('unknown')
  })
})
