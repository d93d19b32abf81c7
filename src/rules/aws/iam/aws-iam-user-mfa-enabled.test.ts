import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamUserMfaEnabled } from './aws-iam-user-mfa-enabled.js'

const user: NodeInput = {
  id: 'arn:aws:iam::111122223333:user/alice',
  kind: 'aws.iam.user',
  family: 'identity',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'alice',
  props: { userName: 'alice', mfaDevices: ['arn:aws:iam::111122223333:mfa/alice'], mfaEnabled: true },
}

describe('aws-iam-user-mfa-enabled', () => {
  it('is healthy with an MFA device', () => {
    expect(evaluateRule(awsIamUserMfaEnabled, user).status).toBe('healthy')
  })
  it('is unhealthy without an MFA device', () => {
    expect(evaluateRule(awsIamUserMfaEnabled, withProps(user, { mfaDevices: [], mfaEnabled: false }))).toMatchObject({ status: 'unhealthy', message: 'user `alice` has no MFA device' })
  })
  it('is not applicable to a user without a console password', () => {
    expect(evaluateRule(awsIamUserMfaEnabled, withProps(user, { mfaEnabled: false, passwordEnabled: false })).status).toBe('not-applicable')
  })
  it('is unknown when the export carries no MFA device list (authorization details)', () => {
    expect(evaluateRule(awsIamUserMfaEnabled, withProps(user, { mfaDevices: undefined, mfaEnabled: undefined })).status).toBe('unknown')
  })
})
