import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEc2SecurityGroupDefaultRestrictsAll } from './aws-ec2-security-group-default-restricts-all.js'
import { SECURITY_GROUP, permission } from './fixtures.js'

const defaultGroup = withProps({ ...SECURITY_GROUP, name: 'default' }, { groupName: 'default', ingressRules: [], egressRules: [] })

describe('aws-ec2-security-group-default-restricts-all', () => {
  it('is healthy when the default group has no rules', () => {
    expect(evaluateRule(awsEc2SecurityGroupDefaultRestrictsAll, defaultGroup).status).toBe('healthy')
  })
  it('is unhealthy when the default group keeps its rules', () => {
    const open = withProps(defaultGroup, { egressRules: [{ ...permission(0, 65535, ['0.0.0.0/0'], 'all'), direction: 'egress' }] })
    expect(evaluateRule(awsEc2SecurityGroupDefaultRestrictsAll, open)).toMatchObject({ status: 'unhealthy', message: 'default security group `default` has 0 inbound and 1 outbound rules' })
  })
  it('is not applicable to other groups, unknown without the rules', () => {
    expect(evaluateRule(awsEc2SecurityGroupDefaultRestrictsAll, SECURITY_GROUP).status).toBe('not-applicable')
    expect(evaluateRule(awsEc2SecurityGroupDefaultRestrictsAll, withProps(defaultGroup, { egressRules: undefined })).status).toBe('unknown')
  })
})
