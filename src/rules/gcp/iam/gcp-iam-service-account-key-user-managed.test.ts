import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpIamServiceAccountKeyUserManaged } from './gcp-iam-service-account-key-user-managed.js'
import { KEY } from './fixtures.js'

describe('gcp-iam-service-account-key-user-managed', () => {
  it('is healthy for a Google-managed key', () => {
    expect(evaluateRule(gcpIamServiceAccountKeyUserManaged, KEY).status).toBe('healthy')
  })
  it('is unhealthy for a user-managed key', () => {
    expect(evaluateRule(gcpIamServiceAccountKeyUserManaged, withProps(KEY, { keyType: "user_managed", userManaged: true }))).toMatchObject({ status: 'unhealthy', message: 'key `0123abcd` is a user-managed key created 2026-01-01T00:00:00Z' })
  })
  it('is not applicable to a disabled key', () => {
    expect(evaluateRule(gcpIamServiceAccountKeyUserManaged, withProps(KEY, { keyType: "user_managed", disabled: true })).status).toBe('not-applicable')
  })
  it('is unknown without the key type', () => {
    expect(evaluateRule(gcpIamServiceAccountKeyUserManaged, withProps(KEY, { keyType: undefined })).status).toBe('unknown')
  })
})
