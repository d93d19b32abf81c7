import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsInstanceDefaultAdminUsername } from './aws-rds-instance-default-admin-username.js'
import { AURORA_MEMBER, DB_CLUSTER, DB_INSTANCE } from './fixtures.js'

describe('aws-rds-instance-default-admin-username', () => {
  it('is healthy with a unique master user name', () => {
    expect(evaluateRule(awsRdsInstanceDefaultAdminUsername, DB_INSTANCE).status).toBe('healthy')
    expect(evaluateRule(awsRdsInstanceDefaultAdminUsername, DB_CLUSTER).status).toBe('healthy')
  })
  it('is unhealthy with postgres or admin', () => {
    expect(evaluateRule(awsRdsInstanceDefaultAdminUsername, withProps(DB_INSTANCE, { masterUsername: 'postgres' }))).toMatchObject({ status: 'unhealthy', message: 'database `orders` has the default master user name postgres' })
    expect(evaluateRule(awsRdsInstanceDefaultAdminUsername, withProps(DB_CLUSTER, { masterUsername: 'Admin' })).status).toBe('unhealthy')
  })
  it('is not applicable to cluster members and unknown without the name', () => {
    expect(evaluateRule(awsRdsInstanceDefaultAdminUsername, AURORA_MEMBER).status).toBe('not-applicable')
    expect(evaluateRule(awsRdsInstanceDefaultAdminUsername, withProps(DB_INSTANCE, { masterUsername: undefined })).status).toBe('unknown')
  })
})
