/** @module AWS::EC2::NetworkAcl → network ACL node with ordered entries; subnets are protected by it. */
import type { JsonObject } from '../../../../model/graph-types.js'
import { bool, compact, num, obj, objects, str } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { ec2Ref } from '../../config/config-item.js'
import type { ConfigItem } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'
import { portRange, protocolName } from './ec2-protocol.js'

export function normalizeAclEntries(ci: ConfigItem): JsonObject[] {
  return objects(ci.configuration, 'entries')
    .map((entry) => {
      const protocol = protocolName(str(entry, 'protocol'))
      const range = obj(entry, 'portRange')
      const ports = portRange(protocol, num(range, 'from'), num(range, 'to'))
      const icmp = obj(entry, 'icmpTypeCode')
      return compact({
        ruleNumber: num(entry, 'ruleNumber') ?? 32767,
        direction: bool(entry, 'egress') === true ? 'egress' : 'ingress',
        action: (str(entry, 'ruleAction') ?? 'deny').toLowerCase(),
        protocol,
        fromPort: icmp === undefined ? ports.fromPort : (num(icmp, 'type') ?? -1),
        toPort: icmp === undefined ? ports.toPort : (num(icmp, 'code') ?? -1),
        cidr: str(entry, 'cidrBlock') ?? str(entry, 'ipv6CidrBlock'),
      })
    })
    .sort((a, b) => Number(a['ruleNumber']) - Number(b['ruleNumber']))
}

export const mapNetworkAcl: ConfigMapper = (ci) => {
  const c = ci.configuration
  const vpcId = str(c, 'vpcId')
  const subnets = objects(c, 'associations').flatMap((a) => {
    const subnetId = str(a, 'subnetId')
    return subnetId === undefined ? [] : [ec2Ref(ci, 'subnet', subnetId)]
  })
  return {
    kind: 'aws.ec2.network-acl',
    props: compact({
      networkAclId: str(c, 'networkAclId') ?? ci.resourceId,
      isDefault: bool(c, 'isDefault'),
      vpcId: vpcId === undefined ? undefined : ec2Ref(ci, 'vpc', vpcId),
      subnetIds: subnets,
      entries: normalizeAclEntries(ci),
    }),
    edges: subnets.map((subnet) => edge(subnet, ci.arn, 'protected-by')),
  }
}

