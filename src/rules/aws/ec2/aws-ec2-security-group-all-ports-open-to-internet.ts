/** @module aws-ec2-security-group-all-ports-open-to-internet */
import { defineRule, healthy, isAnySource, texts, unhealthy } from '../../rule-kit.js'
import { describeRule } from './open-ingress.js'

export const awsEc2SecurityGroupAllPortsOpenToInternet = defineRule({
  id: 'aws-ec2-security-group-all-ports-open-to-internet',
  title: 'Security group does not allow all ports from the internet',
  description:
    'An ingress rule from 0.0.0.0/0 or ::/0 over all protocols, or over every TCP or UDP port, exposes every service ' +
    'the protected instances run (databases, admin consoles, debug ports) to anyone on the internet.',
  severity: 'critical',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Replace the rule with rules for the ports the workload serves (for example 443 only).',
      'Restrict the source of anything else to known ranges or to other security groups.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]',
  },
  target: { kinds: ['aws.ec2.security-group'] },
  evaluate: (group) => {
    const open = group.needObjects('ingressRules').filter((rule) => {
      if (!texts(rule['cidrs']).some(isAnySource)) return false
      if (rule['protocol'] === 'all') return true
      return (rule['protocol'] === 'tcp' || rule['protocol'] === 'udp') && rule['fromPort'] === 0 && rule['toPort'] === 65535
    })
    return open.length === 0
      ? healthy(`security group ${group.label} opens no full port range to the internet`)
      : unhealthy(`security group ${group.label} allows ${open.map(describeRule).join('; ')}`, { openRules: open.length })
  },
})
