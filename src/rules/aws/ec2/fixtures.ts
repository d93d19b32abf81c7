/** @module EC2 network nodes as the AWS Config mappers (providers/aws/services/ec2) normalize them, for rule tests. */
import type { JsonObject, NodeInput } from '../../../model/graph-types.js'

const ACCOUNT = 'aws://accounts/111122223333'

/** One normalized security group permission. */
export const permission = (fromPort: number, toPort: number, cidrs: string[], protocol = 'tcp'): JsonObject => ({
  direction: 'ingress', protocol, fromPort, toPort, cidrs, securityGroups: [], prefixListIds: [],
})

export const SECURITY_GROUP: NodeInput = {
  id: 'arn:aws:ec2:eu-west-1:111122223333:security-group/sg-0123456789abcdef0',
  kind: 'aws.ec2.security-group',
  family: 'network-security-group',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'web',
  props: { groupId: 'sg-0123456789abcdef0', groupName: 'web', ingressRules: [permission(443, 443, ['0.0.0.0/0']), permission(5432, 5432, ['10.0.0.0/16'])], egressRules: [] },
}

/** One normalized network ACL entry. */
export const aclEntry = (ruleNumber: number, action: 'allow' | 'deny', fromPort: number, toPort: number, cidr = '0.0.0.0/0', protocol = 'tcp'): JsonObject => ({
  ruleNumber, direction: 'ingress', action, protocol, fromPort, toPort, cidr,
})

export const NETWORK_ACL: NodeInput = {
  id: 'arn:aws:ec2:eu-west-1:111122223333:network-acl/acl-0123456789abcdef0',
  kind: 'aws.ec2.network-acl',
  family: 'network-security-group',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'acl-0123456789abcdef0',
  props: {
    networkAclId: 'acl-0123456789abcdef0',
    isDefault: false,
    entries: [aclEntry(100, 'allow', 443, 443), aclEntry(110, 'allow', 22, 22, '10.0.0.0/8'), aclEntry(32767, 'deny', 0, 65535, '0.0.0.0/0', 'all')],
  },
}

export const INSTANCE: NodeInput = {
  id: 'arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0',
  kind: 'aws.ec2.instance',
  family: 'vm',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'api-1',
  props: { instanceId: 'i-0123456789abcdef0', state: 'running', privateIp: '10.0.1.10', publicIps: [], imdsV2Required: true },
}

export const SUBNET: NodeInput = {
  id: 'arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0123456789abcdef0',
  kind: 'aws.ec2.subnet',
  family: 'subnet',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'subnet-0123456789abcdef0',
  props: { subnetId: 'subnet-0123456789abcdef0', cidrBlock: '10.0.1.0/24', mapPublicIpOnLaunch: false, defaultForAz: false },
}
