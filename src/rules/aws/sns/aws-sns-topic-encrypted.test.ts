import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsSnsTopicEncrypted } from './aws-sns-topic-encrypted.js'
import { TOPIC } from './fixtures.js'

describe('aws-sns-topic-encrypted', () => {
  it('is healthy with a KMS key', () => {
    expect(evaluateRule(awsSnsTopicEncrypted, TOPIC)).toMatchObject({ status: 'healthy', message: 'topic `orders` is encrypted with alias/aws/sns' })
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(awsSnsTopicEncrypted, withProps(TOPIC, { kmsKeyId: undefined }))).toMatchObject({ status: 'unhealthy', message: 'topic `orders` stores messages unencrypted' })
  })
})
