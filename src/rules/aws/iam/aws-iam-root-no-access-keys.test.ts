import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamRootNoAccessKeys } from './aws-iam-root-no-access-keys.js'
import { ACCOUNT_NODE } from './fixtures.js'

describe('aws-iam-root-no-access-keys', () => {
  it('is healthy without root keys', () => {
    expect(evaluateRule(awsIamRootNoAccessKeys, ACCOUNT_NODE).status).toBe('healthy')
  })
  it('is unhealthy with an active root key', () => {
    expect(evaluateRule(awsIamRootNoAccessKeys, withProps(ACCOUNT_NODE, { rootActiveAccessKeyCount: 1 }))).toMatchObject({ status: 'unhealthy', message: 'account `111122223333`: the root user has 1 active access key' })
  })
  it('is unknown without a credential report', () => {
    expect(evaluateRule(awsIamRootNoAccessKeys, withProps(ACCOUNT_NODE, { rootActiveAccessKeyCount: undefined })).status).toBe('unknown')
  })
})
