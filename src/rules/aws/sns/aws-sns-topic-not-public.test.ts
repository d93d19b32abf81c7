import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsSnsTopicNotPublic } from './aws-sns-topic-not-public.js'
import { TOPIC } from './fixtures.js'

describe('aws-sns-topic-not-public', () => {
  it('is healthy with the default owner-only policy', () => {
    const owner = withProps(TOPIC, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:Publish'], Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } } }] } })
    expect(evaluateRule(awsSnsTopicNotPublic, owner).status).toBe('healthy')
  })
  it('is unhealthy when anyone may publish', () => {
    const open = withProps(TOPIC, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'SNS:Publish' }] } })
    expect(evaluateRule(awsSnsTopicNotPublic, open)).toMatchObject({ status: 'unhealthy', message: 'topic `orders` lets any AWS account call SNS:Publish' })
  })
})
