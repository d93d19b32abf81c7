import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamUserAccessKeysRotated } from './aws-iam-user-access-keys-rotated.js'
import { ACTIVE_PEER, USER, daysAgo } from './fixtures.js'

describe('aws-iam-user-access-keys-rotated', () => {
  it('is healthy with a 30-day-old key', () => {
    expect(evaluateRule(awsIamUserAccessKeysRotated, USER).status).toBe('healthy')
  })
  it('is unhealthy with a 200-day-old active key', () => {
    const old = withProps(USER, { accessKeys: [{ accessKeyId: 'AKIAEXAMPLE000000002', status: 'Active', createdAt: daysAgo(200) }] })
    expect(evaluateRule(awsIamUserAccessKeysRotated, old, { nodes: [ACTIVE_PEER] })).toMatchObject({ status: 'unhealthy', message: 'user `alice` has access key AKIAEXAMPLE000000002 (200 days old)' })
  })
  it('ignores inactive keys and is not applicable without active keys', () => {
    const inactive = withProps(USER, { accessKeys: [{ accessKeyId: 'AKIAEXAMPLE000000002', status: 'Inactive', createdAt: daysAgo(200) }] })
    expect(evaluateRule(awsIamUserAccessKeysRotated, inactive).status).toBe('not-applicable')
  })
  it('is unknown with only the credential report count', () => {
    expect(evaluateRule(awsIamUserAccessKeysRotated, withProps(USER, { accessKeys: undefined, attachedPolicyArns: undefined, activeAccessKeyCount: 1 })).status).toBe('unknown')
  })
})
