import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEksClusterSecretsEncrypted } from './aws-eks-cluster-secrets-encrypted.js'
import { CLUSTER } from './fixtures.js'

describe('aws-eks-cluster-secrets-encrypted', () => {
  it('is healthy with secrets encryption', () => {
    expect(evaluateRule(awsEksClusterSecretsEncrypted, CLUSTER).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(awsEksClusterSecretsEncrypted, withProps(CLUSTER, { secretsEncrypted: false }))).toMatchObject({ status: 'unhealthy', message: 'cluster `shop` stores secrets without KMS envelope encryption' })
  })
  it('is unknown without the encryption config', () => {
    expect(evaluateRule(awsEksClusterSecretsEncrypted, withProps(CLUSTER, { secretsEncrypted: undefined })).status).toBe('unknown')
  })
})
