import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsKmsKeyRotationEnabled } from './aws-kms-key-rotation-enabled.js'

const key: NodeInput = {
  id: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  kind: 'aws.kms.key',
  family: 'kms-key',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'orders-data',
  props: { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab', keyManager: 'CUSTOMER', keyState: 'Enabled', keySpec: 'SYMMETRIC_DEFAULT', origin: 'AWS_KMS', rotationEnabled: true },
}

describe('aws-kms-key-rotation-enabled', () => {
  it('is healthy when rotation is on', () => {
    expect(evaluateRule(awsKmsKeyRotationEnabled, key).status).toBe('healthy')
  })
  it('is unhealthy when rotation is off', () => {
    expect(evaluateRule(awsKmsKeyRotationEnabled, withProps(key, { rotationEnabled: false }))).toMatchObject({ status: 'unhealthy', message: 'key `orders-data` has automatic rotation disabled' })
  })
  it('is not applicable to AWS managed and asymmetric keys', () => {
    expect(evaluateRule(awsKmsKeyRotationEnabled, withProps(key, { keyManager: 'AWS' })).status).toBe('not-applicable')
    expect(evaluateRule(awsKmsKeyRotationEnabled, withProps(key, { keySpec: 'RSA_2048' })).status).toBe('not-applicable')
  })
  it('is unknown when the rotation status is not in the input', () => {
    expect(evaluateRule(awsKmsKeyRotationEnabled, withProps(key, { rotationEnabled: undefined })).status).toBe('unknown')
  })
})
