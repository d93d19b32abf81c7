/** @module AWS::EC2::NetworkInterface → ENI node; in its subnet, attached to its instance, behind its SGs. */
import type { EdgeInput } from '../../../../model/graph-types.js'
import { bool, compact, obj, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { ec2Ref } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

export const mapNetworkInterface: ConfigMapper = (ci) => {
  const c = ci.configuration
  const subnetId = str(c, 'subnetId')
  const vpcId = str(c, 'vpcId')
  const subnet = subnetId === undefined ? undefined : ec2Ref(ci, 'subnet', subnetId)
  const attachment = obj(c, 'attachment')
  const instanceId = str(attachment, 'instanceId')
  const instance = instanceId === undefined ? undefined : ec2Ref(ci, 'instance', instanceId, str(attachment, 'instanceOwnerId'))
  const groups = unique(objects(c, 'groups').flatMap((g) => strings(g, 'groupId')).map((id) => ec2Ref(ci, 'security-group', id)))
  const publicIps = unique([
    ...strings(obj(c, 'association'), 'publicIp'),
    ...objects(c, 'privateIpAddresses').flatMap((p) => strings(obj(p, 'association'), 'publicIp')),
  ])
  const edges: EdgeInput[] = [
    ...(subnet === undefined ? [] : [edge(subnet, ci.arn, 'contains')]),
    ...(instance === undefined ? [] : [edge(ci.arn, instance, 'attached-to')]),
    ...groups.map((g) => edge(ci.arn, g, 'protected-by')),
  ]
  return {
    kind: 'aws.ec2.network-interface',
    props: compact({
      networkInterfaceId: str(c, 'networkInterfaceId') ?? ci.resourceId,
      interfaceType: str(c, 'interfaceType'),
      description: str(c, 'description'),
      requesterManaged: bool(c, 'requesterManaged'),
      status: str(c, 'status'),
      publicIp: publicIps[0],
      publicIps,
      privateIp: str(c, 'privateIpAddress'),
      ipv6Addresses: objects(c, 'ipv6Addresses').flatMap((a) => strings(a, 'ipv6Address')),
      subnetId: subnet,
      vpcId: vpcId === undefined ? undefined : ec2Ref(ci, 'vpc', vpcId),
      attachedInstanceId: instance,
      securityGroupIds: groups,
    }),
    edges,
  }
}
