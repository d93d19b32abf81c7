/** @module aws-ec2-security-group-ssh-open-to-internet */
import { defineRule, healthy, unhealthy, SSH_PORT } from '../../rule-kit.js'
import { describeRule, openIngressOn } from './open-ingress.js'

export const awsEc2SecurityGroupSshOpenToInternet = defineRule({
  id: 'aws-ec2-security-group-ssh-open-to-internet',
  title: 'Security group does not allow SSH (port 22) from the internet',
  description:
    'A security group that admits 0.0.0.0/0 or ::/0 on port 22 lets anyone on the internet try SSH logins against ' +
    'every instance it protects: brute force, credential stuffing and exploits of the SSH service itself.',
  severity: 'high',
  control: 'secure-management-ports',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Remove the ingress rule for port 22 from 0.0.0.0/0 and ::/0.',
      'Reach instances through Session Manager, a bastion or a VPN, or allow only specific administrator ranges.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --protocol tcp --port 22 --cidr 0.0.0.0/0',
  },
  target: { kinds: ['aws.ec2.security-group'] },
  evaluate: (group) => {
    const open = openIngressOn(group, SSH_PORT)
    return open.length === 0
      ? healthy(`security group ${group.label} admits no internet source on port 22`)
      : unhealthy(`security group ${group.label} allows ${open.map(describeRule).join('; ')}`, { openRules: open.length })
  },
})
