import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamUserUnusedCredentials } from './aws-iam-user-unused-credentials.js'
import { ACTIVE_PEER, USER, daysAgo } from './fixtures.js'

const account = { nodes: [ACTIVE_PEER] }

describe('aws-iam-user-unused-credentials', () => {
  it('is healthy when password and key were used recently', () => {
    expect(evaluateRule(awsIamUserUnusedCredentials, USER).status).toBe('healthy')
  })
  it('is unhealthy with a password and a key idle for months', () => {
    const idle = withProps(USER, {
      passwordLastUsedAt: daysAgo(120),
      accessKeys: [{ accessKeyId: 'AKIAEXAMPLE000000001', status: 'Active', createdAt: daysAgo(300), lastUsedAt: daysAgo(60) }],
    })
    expect(evaluateRule(awsIamUserUnusedCredentials, idle, account)).toMatchObject({
      status: 'unhealthy',
      message: 'user `alice` has password unused for 120 days and access key AKIAEXAMPLE000000001 unused for 60 days',
    })
  })
  it('counts a never-used password from the creation date', () => {
    expect(evaluateRule(awsIamUserUnusedCredentials, withProps(USER, { passwordLastUsedAt: undefined }), account).status).toBe('unhealthy')
  })
  it('judges an old export as of its newest activity, not today', () => {
    const old = withProps(USER, { createdAt: daysAgo(900), passwordLastUsedAt: daysAgo(402), accessKeys: [{ accessKeyId: 'AKIAEXAMPLE000000001', status: 'Active', createdAt: daysAgo(500), lastUsedAt: daysAgo(400) }] })
    expect(evaluateRule(awsIamUserUnusedCredentials, old)).toMatchObject({ status: 'healthy' })
  })
  it('is unknown when neither the password flag nor key metadata is in the input', () => {
    expect(evaluateRule(awsIamUserUnusedCredentials, withProps(USER, { passwordEnabled: undefined, accessKeys: undefined })).status).toBe('unknown')
  })
})
