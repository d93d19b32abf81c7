import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamUserSingleActiveAccessKey } from './aws-iam-user-single-active-access-key.js'
import { USER } from './fixtures.js'

describe('aws-iam-user-single-active-access-key', () => {
  it('is healthy with one key', () => {
    expect(evaluateRule(awsIamUserSingleActiveAccessKey, USER).status).toBe('healthy')
  })
  it('is unhealthy with two active keys (credential report count)', () => {
    expect(evaluateRule(awsIamUserSingleActiveAccessKey, withProps(USER, { accessKeys: undefined, activeAccessKeyCount: 2 }))).toMatchObject({ status: 'unhealthy', message: 'user `alice` has 2 active access keys' })
  })
  it('is unknown when nothing about keys is in the input', () => {
    expect(evaluateRule(awsIamUserSingleActiveAccessKey, withProps(USER, { accessKeys: undefined, attachedPolicyArns: undefined })).status).toBe('unknown')
  })
})
