import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsKmsKeyNotPublic } from './aws-kms-key-not-public.js'
import { KEY } from './fixtures.js'

describe('aws-kms-key-not-public', () => {
  it('is healthy when only the account may use the key', () => {
    expect(evaluateRule(awsKmsKeyNotPublic, KEY).status).toBe('healthy')
  })
  it('is unhealthy when everyone may decrypt', () => {
    const open = withProps(KEY, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt'], Resource: '*' }] } })
    expect(evaluateRule(awsKmsKeyNotPublic, open)).toMatchObject({ status: 'unhealthy', message: 'key `orders-data` lets any AWS principal call kms:Decrypt' })
  })
  it('is unknown without the key policy (every key has one)', () => {
    expect(evaluateRule(awsKmsKeyNotPublic, withProps(KEY, { resourcePolicy: undefined })).status).toBe('unknown')
  })
})
