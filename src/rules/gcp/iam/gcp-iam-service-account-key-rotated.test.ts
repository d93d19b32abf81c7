import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpIamServiceAccountKeyRotated } from './gcp-iam-service-account-key-rotated.js'
import { KEY } from './fixtures.js'

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString()
const userKey = (days: number) => withProps(KEY, { keyType: 'user_managed', userManaged: true, validAfterTime: daysAgo(days) })

describe('gcp-iam-service-account-key-rotated', () => {
  it('is healthy for a 30-day-old key', () => {
    expect(evaluateRule(gcpIamServiceAccountKeyRotated, userKey(30))).toMatchObject({ status: 'healthy', message: 'key `0123abcd` is 30 days old' })
  })
  it('is unhealthy for a 200-day-old key', () => {
    expect(evaluateRule(gcpIamServiceAccountKeyRotated, userKey(200))).toMatchObject({ status: 'unhealthy', details: { ageDays: 200 } })
  })
  it('is not applicable to Google-managed keys', () => {
    expect(evaluateRule(gcpIamServiceAccountKeyRotated, KEY).status).toBe('not-applicable')
  })
  it('is unknown without the creation time', () => {
    expect(evaluateRule(gcpIamServiceAccountKeyRotated, withProps(userKey(1), { validAfterTime: undefined })).status).toBe('unknown')
  })
})
