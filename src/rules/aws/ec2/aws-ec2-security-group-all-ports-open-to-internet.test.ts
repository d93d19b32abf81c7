import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEc2SecurityGroupAllPortsOpenToInternet } from './aws-ec2-security-group-all-ports-open-to-internet.js'
import { SECURITY_GROUP, permission } from './fixtures.js'

describe('aws-ec2-security-group-all-ports-open-to-internet', () => {
  it('is healthy when only 443 is open to the internet', () => {
    expect(evaluateRule(awsEc2SecurityGroupAllPortsOpenToInternet, SECURITY_GROUP).status).toBe('healthy')
  })
  it('is unhealthy for all protocols from ::/0', () => {
    const open = withProps(SECURITY_GROUP, { ingressRules: [permission(0, 65535, ['::/0'], 'all')] })
    expect(evaluateRule(awsEc2SecurityGroupAllPortsOpenToInternet, open)).toMatchObject({ status: 'unhealthy', message: 'security group `web` allows all 0-65535 from ::/0' })
  })
  it('is unhealthy for every TCP port from 0.0.0.0/0, healthy for every port from a private range', () => {
    expect(evaluateRule(awsEc2SecurityGroupAllPortsOpenToInternet, withProps(SECURITY_GROUP, { ingressRules: [permission(0, 65535, ['0.0.0.0/0'])] })).status).toBe('unhealthy')
    expect(evaluateRule(awsEc2SecurityGroupAllPortsOpenToInternet, withProps(SECURITY_GROUP, { ingressRules: [permission(0, 65535, ['10.0.0.0/8'], 'all')] })).status).toBe('healthy')
  })
  it('is unknown without the ingress rules', () => {
    expect(evaluateRule(awsEc2SecurityGroupAllPortsOpenToInternet, withProps(SECURITY_GROUP, { ingressRules: undefined })).status).toBe('unknown')
  })
})
