import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsSecretsmanagerSecretNotPublic } from './aws-secretsmanager-secret-not-public.js'
import { SECRET } from './fixtures.js'

describe('aws-secretsmanager-secret-not-public', () => {
  it('is healthy without a resource policy', () => {
    expect(evaluateRule(awsSecretsmanagerSecretNotPublic, SECRET).status).toBe('healthy')
  })
  it('is unhealthy when everyone may read the value', () => {
    const open = withProps(SECRET, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }] } })
    expect(evaluateRule(awsSecretsmanagerSecretNotPublic, open)).toMatchObject({ status: 'unhealthy', message: 'secret `prod/orders-db` lets any AWS principal call secretsmanager:GetSecretValue' })
  })
  it('is healthy when the statement names one account', () => {
    const named = withProps(SECRET, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'secretsmanager:GetSecretValue' }] } })
    expect(evaluateRule(awsSecretsmanagerSecretNotPublic, named).status).toBe('healthy')
  })
})
