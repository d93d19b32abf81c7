import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsSqsQueueNotPublic } from './aws-sqs-queue-not-public.js'
import { QUEUE } from './fixtures.js'

describe('aws-sqs-queue-not-public', () => {
  it('is healthy without a queue policy', () => {
    expect(evaluateRule(awsSqsQueueNotPublic, QUEUE).status).toBe('healthy')
  })
  it('is unhealthy when anyone may send', () => {
    const open = withProps(QUEUE, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }] } })
    expect(evaluateRule(awsSqsQueueNotPublic, open)).toMatchObject({ status: 'unhealthy', message: 'queue `orders` lets any AWS account call sqs:SendMessage' })
  })
  it('is healthy when the statement is narrowed to an SNS topic', () => {
    const topic = withProps(QUEUE, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:111122223333:orders' } } }] } })
    expect(evaluateRule(awsSqsQueueNotPublic, topic).status).toBe('healthy')
  })
})
