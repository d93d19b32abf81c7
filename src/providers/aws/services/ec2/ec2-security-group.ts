/** @module AWS::EC2::SecurityGroup → security group node with ingress/egress rules normalized. */
import type { JsonObject, JsonValue } from '../../../../model/graph-types.js'
import { compact, field, isObject, num, objects, str, strings, unique } from '../../core/json.js'
import { ec2Ref } from '../../config/config-item.js'
import type { ConfigItem } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'
import { portRange, protocolName } from './ec2-protocol.js'

export type RuleDirection = 'ingress' | 'egress'

/**
 * One IpPermission as analyses read it. `cidrs` holds IPv4 and IPv6 ranges, `securityGroups` the
 * ARNs of referenced groups (same ids as their nodes), `prefixListIds` the `pl-…` ids.
 */
function cidrsOf(permission: JsonObject): string[] {
  const v4 = objects(permission, 'ipv4Ranges', 'IpRanges').flatMap((r) => strings(r, 'cidrIp'))
  // Config also repeats IPv4 ranges as a plain string list under `ipRanges`.
  const plain = (Array.isArray(permission['ipRanges']) ? permission['ipRanges'] : []).filter(
    (r): r is string => typeof r === 'string',
  )
  const v6 = objects(permission, 'ipv6Ranges').flatMap((r) => strings(r, 'cidrIpv6'))
  return unique([...v4, ...plain, ...v6])
}

export function normalizePermissions(list: JsonValue | undefined, direction: RuleDirection, ci: ConfigItem): JsonObject[] {
  const permissions = Array.isArray(list) ? list.filter(isObject) : []
  return permissions.map((permission) => {
    const protocol = protocolName(str(permission, 'ipProtocol'))
    const ports = portRange(protocol, num(permission, 'fromPort'), num(permission, 'toPort'))
    const groups = objects(permission, 'userIdGroupPairs').flatMap((pair) => {
      const groupId = str(pair, 'groupId')
      return groupId === undefined ? [] : [ec2Ref(ci, 'security-group', groupId, str(pair, 'userId'))]
    })
    const descriptions = unique(
      [...objects(permission, 'ipv4Ranges', 'IpRanges'), ...objects(permission, 'ipv6Ranges')].flatMap((r) =>
        strings(r, 'description'),
      ),
    )
    return compact({
      direction,
      protocol,
      fromPort: ports.fromPort,
      toPort: ports.toPort,
      cidrs: cidrsOf(permission),
      securityGroups: unique(groups),
      prefixListIds: unique(objects(permission, 'prefixListIds').flatMap((p) => strings(p, 'prefixListId'))),
      descriptions: descriptions.length > 0 ? descriptions : undefined,
    })
  })
}

export const mapSecurityGroup: ConfigMapper = (ci) => {
  const c = ci.configuration
  const vpcId = str(c, 'vpcId')
  return {
    kind: 'aws.ec2.security-group',
    name: str(c, 'groupName') ?? ci.resourceName,
    props: compact({
      groupId: str(c, 'groupId') ?? ci.resourceId,
      groupName: str(c, 'groupName'),
      description: str(c, 'description'),
      vpcId: vpcId === undefined ? undefined : ec2Ref(ci, 'vpc', vpcId),
      ingressRules: normalizePermissions(field(c, 'ipPermissions'), 'ingress', ci),
      egressRules: normalizePermissions(field(c, 'ipPermissionsEgress'), 'egress', ci),
    }),
  }
}
