import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsIamRoleTrustNotPublic } from './aws-iam-role-trust-not-public.js'
import { ROLE } from './fixtures.js'

describe('aws-iam-role-trust-not-public', () => {
  it('is healthy when only EC2 may assume it', () => {
    expect(evaluateRule(awsIamRoleTrustNotPublic, ROLE).status).toBe('healthy')
  })
  it('is unhealthy for {"AWS": "*"} without conditions', () => {
    const open = withProps(ROLE, { trustPolicy: { Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] } })
    expect(evaluateRule(awsIamRoleTrustNotPublic, open)).toMatchObject({ status: 'unhealthy', message: 'role `app` can be assumed by any AWS principal' })
  })
  it('is healthy when narrowed to the organization, unknown without a trust policy', () => {
    const org = withProps(ROLE, { trustPolicy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } }] } })
    expect(evaluateRule(awsIamRoleTrustNotPublic, org).status).toBe('healthy')
    expect(evaluateRule(awsIamRoleTrustNotPublic, withProps(ROLE, { trustPolicy: undefined })).status).toBe('unknown')
  })
})
