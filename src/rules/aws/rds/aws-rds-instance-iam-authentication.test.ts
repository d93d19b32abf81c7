import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsInstanceIamAuthentication } from './aws-rds-instance-iam-authentication.js'
import { DB_INSTANCE } from './fixtures.js'

describe('aws-rds-instance-iam-authentication', () => {
  it('is healthy with IAM authentication', () => {
    expect(evaluateRule(awsRdsInstanceIamAuthentication, DB_INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(awsRdsInstanceIamAuthentication, withProps(DB_INSTANCE, { iamAuthentication: false }))).toMatchObject({ status: 'unhealthy', message: 'database `orders` (postgres) accepts database passwords only' })
  })
  it('is not applicable to engines without IAM authentication, unknown without the flag', () => {
    expect(evaluateRule(awsRdsInstanceIamAuthentication, withProps(DB_INSTANCE, { engine: 'sqlserver-se', iamAuthentication: false })).status).toBe('not-applicable')
    expect(evaluateRule(awsRdsInstanceIamAuthentication, withProps(DB_INSTANCE, { iamAuthentication: undefined })).status).toBe('unknown')
  })
})
