import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsEc2SecurityGroupRdpOpenToInternet } from './aws-ec2-security-group-rdp-open-to-internet.js'

const rule = (fromPort: number, toPort: number, cidrs: string[], protocol = 'tcp') => ({ direction: 'ingress', protocol, fromPort, toPort, cidrs, securityGroups: [], prefixListIds: [] })

const group: NodeInput = {
  id: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123456789abcdef0',
  kind: 'aws.ec2.security-group',
  family: 'network-security-group',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'web',
  props: { groupId: 'sg-0123456789abcdef0', ingressRules: [rule(443, 443, ['0.0.0.0/0']), rule(3389, 3389, ['10.0.0.0/16'])], egressRules: [] },
}

describe('aws-ec2-security-group-rdp-open-to-internet', () => {
  it('is healthy when port 3389 is only open to a private range', () => {
    expect(evaluateRule(awsEc2SecurityGroupRdpOpenToInternet, group).status).toBe('healthy')
  })

  it('is unhealthy when port 3389 is open to 0.0.0.0/0, naming the rule', () => {
    const open = withProps(group, { ingressRules: [rule(3389, 3389, ['0.0.0.0/0'])] })
    expect(evaluateRule(awsEc2SecurityGroupRdpOpenToInternet, open)).toMatchObject({
      status: 'unhealthy',
      message: 'security group `web` allows tcp 3389 from 0.0.0.0/0',
    })
  })

  it('is unhealthy when all protocols and ports are open to ::/0', () => {
    const open = withProps(group, { ingressRules: [rule(0, 65535, ['::/0'], 'all')] })
    expect(evaluateRule(awsEc2SecurityGroupRdpOpenToInternet, open).status).toBe('unhealthy')
  })

  it('is unknown when the ingress rules were not exported', () => {
    expect(evaluateRule(awsEc2SecurityGroupRdpOpenToInternet, withProps(group, { ingressRules: undefined })).status).toBe('unknown')
  })
})
