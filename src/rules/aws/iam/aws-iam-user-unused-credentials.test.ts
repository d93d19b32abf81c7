import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamUserUnusedCredentials } from './aws-iam-user-unused-credentials.js'
import { USER, daysAgo } from './fixtures.js'

describe('aws-iam-user-unused-credentials', () => {
  it('is healthy when password and key were used recently', () => {
    expect(evaluateRule(awsIamUserUnusedCredentials, USER).status).toBe('healthy')
  })
  it('is unhealthy with a password and a key idle for months', () => {
    const idle = withProps(USER, {
      passwordLastUsedAt: daysAgo(120),
      accessKeys: [{ accessKeyId: 'AKIAEXAMPLE000000001', status: 'Active', createdAt: daysAgo(300), lastUsedAt: daysAgo(60) }],
    })
    expect(evaluateRule(awsIamUserUnusedCredentials, idle)).toMatchObject({
      status: 'unhealthy',
      message: 'user `alice` has password unused for 120 days and access key AKIAEXAMPLE000000001 unused for 60 days',
    })
  })
  it('counts a never-used password from the creation date', () => {
    expect(evaluateRule(awsIamUserUnusedCredentials, withProps(USER, { passwordLastUsedAt: undefined })).status).toBe('unhealthy')
  })
  it('is unknown when neither the password flag nor key metadata is in the input', () => {
    expect(evaluateRule(awsIamUserUnusedCredentials, withProps(USER, { passwordEnabled: undefined, accessKeys: undefined })).status).toBe('unknown')
  })
})
