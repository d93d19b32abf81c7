import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsClusterIamAuthentication } from './aws-rds-cluster-iam-authentication.js'
import { DB_CLUSTER } from './fixtures.js'

describe('aws-rds-cluster-iam-authentication', () => {
  it('is healthy with IAM authentication', () => {
    expect(evaluateRule(awsRdsClusterIamAuthentication, DB_CLUSTER).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(awsRdsClusterIamAuthentication, withProps(DB_CLUSTER, { iamAuthentication: false })).status).toBe('unhealthy')
  })
  it('is not applicable to other engines and unknown without the flag', () => {
    expect(evaluateRule(awsRdsClusterIamAuthentication, withProps(DB_CLUSTER, { engine: 'docdb' })).status).toBe('not-applicable')
    expect(evaluateRule(awsRdsClusterIamAuthentication, withProps(DB_CLUSTER, { iamAuthentication: undefined })).status).toBe('unknown')
  })
})
