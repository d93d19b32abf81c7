import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamRootMfaEnabled } from './aws-iam-root-mfa-enabled.js'
import { ACCOUNT_NODE } from './fixtures.js'

describe('aws-iam-root-mfa-enabled', () => {
  it('is healthy when root has MFA', () => {
    expect(evaluateRule(awsIamRootMfaEnabled, ACCOUNT_NODE).status).toBe('healthy')
  })
  it('is unhealthy when it has none', () => {
    expect(evaluateRule(awsIamRootMfaEnabled, withProps(ACCOUNT_NODE, { rootMfaEnabled: false }))).toMatchObject({ status: 'unhealthy', message: 'account `111122223333`: the root user has no MFA device' })
  })
  it('is unknown without a credential report', () => {
    expect(evaluateRule(awsIamRootMfaEnabled, withProps(ACCOUNT_NODE, { rootMfaEnabled: undefined })).status).toBe('unknown')
  })
})
