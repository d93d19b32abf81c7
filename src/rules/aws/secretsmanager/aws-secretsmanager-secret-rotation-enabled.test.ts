import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsSecretsmanagerSecretRotationEnabled } from './aws-secretsmanager-secret-rotation-enabled.js'
import { SECRET } from './fixtures.js'

describe('aws-secretsmanager-secret-rotation-enabled', () => {
  it('is healthy with 30-day rotation', () => {
    expect(evaluateRule(awsSecretsmanagerSecretRotationEnabled, SECRET)).toMatchObject({ status: 'healthy', message: 'secret `prod/orders-db` rotates automatically every 30 days' })
  })
  it('is unhealthy without rotation or with a long schedule', () => {
    expect(evaluateRule(awsSecretsmanagerSecretRotationEnabled, withProps(SECRET, { rotationEnabled: false })).status).toBe('unhealthy')
    expect(evaluateRule(awsSecretsmanagerSecretRotationEnabled, withProps(SECRET, { rotationDays: 365 }))).toMatchObject({ status: 'unhealthy', message: 'secret `prod/orders-db` rotates only every 365 days' })
  })
  it('is unknown without the rotation flag', () => {
    expect(evaluateRule(awsSecretsmanagerSecretRotationEnabled, withProps(SECRET, { rotationEnabled: undefined })).status).toBe('unknown')
  })
})
