/** @module aws-ec2-security-group-default-restricts-all */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const awsEc2SecurityGroupDefaultRestrictsAll = defineRule({
  id: 'aws-ec2-security-group-default-restricts-all',
  title: 'Default security group of the VPC allows no traffic',
  description:
    'Every VPC has a default security group that resources join when no group is given. If it keeps its rules ' +
    '(all traffic between members, all egress), a resource launched carelessly talks to everything else in the ' +
    'group; with no rules, such a resource is isolated until someone chooses a group on purpose.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Move resources that use the default group to purpose-made groups.',
      'Delete every inbound and outbound rule of the default security group.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <default-sg-id> --ip-permissions "$(aws ec2 describe-security-groups --group-ids <default-sg-id> --query SecurityGroups[0].IpPermissions)"',
    terraform: 'resource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n  # no ingress or egress blocks: all rules are removed\n}',
  },
  target: { kinds: ['aws.ec2.security-group'] },
  evaluate: (group) => {
    const name = group.str('groupName') ?? group.name
    if (name !== 'default') return notApplicable(`security group ${group.label} is not a VPC default group`)
    const ingress = group.needObjects('ingressRules').length
    const egress = group.needObjects('egressRules').length
    return ingress + egress === 0
      ? healthy(`default security group ${group.label} has no rules`)
      : unhealthy(`default security group ${group.label} has ${String(ingress)} inbound and ${String(egress)} outbound rules`)
  },
})
