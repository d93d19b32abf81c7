import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamUserNoDirectPolicies } from './aws-iam-user-no-direct-policies.js'
import { USER } from './fixtures.js'

describe('aws-iam-user-no-direct-policies', () => {
  it('is healthy with group permissions only', () => {
    expect(evaluateRule(awsIamUserNoDirectPolicies, USER).status).toBe('healthy')
  })
  it('is unhealthy with attached and inline policies', () => {
    const direct = withProps(USER, { attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'], inlinePolicies: [{ name: 'extra', document: null }] })
    expect(evaluateRule(awsIamUserNoDirectPolicies, direct)).toMatchObject({ status: 'unhealthy', message: 'user `alice` has policies attached directly: AdministratorAccess, extra (inline)' })
  })
  it('is unknown without policy lists (credential report only)', () => {
    expect(evaluateRule(awsIamUserNoDirectPolicies, withProps(USER, { attachedPolicyArns: undefined, inlinePolicies: undefined })).status).toBe('unknown')
  })
})
