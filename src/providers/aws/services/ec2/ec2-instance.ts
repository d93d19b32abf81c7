/** @module AWS::EC2::Instance → VM node; subnet contains it, SGs protect it, it runs as its instance profile. */
import type { EdgeInput } from '../../../../model/graph-types.js'
import { awsInstanceAlias } from '../../../ids.js'
import { compact, field, obj, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import { ec2Ref } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

export const mapInstance: ConfigMapper = (ci) => {
  const c = ci.configuration
  const subnetId = str(c, 'subnetId')
  const vpcId = str(c, 'vpcId')
  const subnet = subnetId === undefined ? undefined : ec2Ref(ci, 'subnet', subnetId)
  const groups = unique(objects(c, 'securityGroups').flatMap((g) => strings(g, 'groupId')).map((id) => ec2Ref(ci, 'security-group', id)))
  const interfaces = unique(
    objects(c, 'networkInterfaces').flatMap((n) => strings(n, 'networkInterfaceId')).map((id) => ec2Ref(ci, 'network-interface', id)),
  )
  const volumes = unique(
    objects(c, 'blockDeviceMappings').flatMap((m) => strings(obj(m, 'ebs'), 'volumeId')).map((id) => ec2Ref(ci, 'volume', id)),
  )
  const profileArn = str(obj(c, 'iamInstanceProfile'), 'arn')
  const metadata = obj(c, 'metadataOptions')
  const httpTokens = str(metadata, 'httpTokens')
  const publicIps = unique([
    ...strings(c, 'publicIpAddress'),
    ...objects(c, 'networkInterfaces').flatMap((n) => strings(obj(n, 'association'), 'publicIp')),
  ])

  const edges: EdgeInput[] = [
    ...(subnet === undefined ? [] : [edge(subnet, ci.arn, 'contains')]),
    ...groups.map((g) => edge(ci.arn, g, 'protected-by')),
    ...interfaces.map((eni) => edge(eni, ci.arn, 'attached-to')),
    ...volumes.map((volume) => edge(volume, ci.arn, 'attached-to')),
    ...(profileArn === undefined ? [] : [edge(ci.arn, profileArn, 'can-authenticate-as', { via: 'instance-profile' })]),
  ]
  const nameTag = ci.tags['Name']
  const instanceId = str(c, 'instanceId') ?? ci.resourceId
  return {
    kind: 'aws.ec2.instance',
    // A Kubernetes node's providerID names the instance without its account: that link lands here.
    aliases: [awsInstanceAlias(instanceId)],
    name: nameTag !== undefined && nameTag !== '' ? nameTag : (str(c, 'instanceId') ?? ci.resourceId),
    props: compact({
      instanceId,
      instanceType: str(c, 'instanceType'),
      imageId: str(c, 'imageId'),
      state: str(obj(c, 'state'), 'name') ?? str(c, 'state'),
      platform: str(c, 'platform', 'platformDetails'),
      launchedAt: toIsoTimestamp(field(c, 'launchTime')),
      keyName: str(c, 'keyName'),
      publicIp: publicIps[0],
      publicIps,
      publicDnsName: str(c, 'publicDnsName'),
      privateIp: str(c, 'privateIpAddress'),
      subnetId: subnet,
      vpcId: vpcId === undefined ? undefined : ec2Ref(ci, 'vpc', vpcId),
      securityGroupIds: groups,
      networkInterfaceIds: interfaces,
      volumeIds: volumes,
      instanceProfileArn: profileArn,
      imdsV2Required: httpTokens === undefined ? undefined : httpTokens === 'required',
      metadataEndpointEnabled: metadata === undefined ? undefined : str(metadata, 'httpEndpoint') !== 'disabled',
    }),
    edges,
  }
}
