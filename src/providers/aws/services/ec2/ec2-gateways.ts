/** @module Internet, egress-only and NAT gateways and Elastic IPs, with what they attach to. */
import type { EdgeInput } from '../../../../model/graph-types.js'
import { compact, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { ec2Ref, orDefault } from '../../config/config-item.js'
import type { ConfigItem } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

function attachedVpcs(ci: ConfigItem): string[] {
  return unique(objects(ci.configuration, 'attachments').flatMap((a) => strings(a, 'vpcId')).map((id) => ec2Ref(ci, 'vpc', id)))
}

export const mapInternetGateway: ConfigMapper = (ci) => {
  const vpcs = attachedVpcs(ci)
  return {
    kind: 'aws.ec2.internet-gateway',
    props: { internetGatewayId: str(ci.configuration, 'internetGatewayId') ?? ci.resourceId, vpcIds: vpcs },
    edges: vpcs.map((vpc) => edge(ci.arn, vpc, 'attached-to')),
  }
}

export const mapEgressOnlyInternetGateway: ConfigMapper = (ci) => {
  const vpcs = attachedVpcs(ci)
  return {
    kind: 'aws.ec2.egress-only-internet-gateway',
    props: { egressOnlyInternetGatewayId: str(ci.configuration, 'egressOnlyInternetGatewayId') ?? ci.resourceId, vpcIds: vpcs },
    edges: vpcs.map((vpc) => edge(ci.arn, vpc, 'attached-to')),
  }
}

export const mapNatGateway: ConfigMapper = (ci) => {
  const c = ci.configuration
  const subnetId = str(c, 'subnetId')
  const vpcId = str(c, 'vpcId')
  const subnet = subnetId === undefined ? undefined : ec2Ref(ci, 'subnet', subnetId)
  const addresses = objects(c, 'natGatewayAddresses')
  const allocations = unique(addresses.flatMap((a) => strings(a, 'allocationId')).map((id) => ec2Ref(ci, 'elastic-ip', id)))
  const edges: EdgeInput[] = [
    ...(subnet === undefined ? [] : [edge(subnet, ci.arn, 'contains')]),
    ...allocations.map((eip) => edge(eip, ci.arn, 'attached-to')),
  ]
  return {
    kind: 'aws.ec2.nat-gateway',
    props: compact({
      natGatewayId: str(c, 'natGatewayId') ?? ci.resourceId,
      connectivityType: orDefault(ci, str(c, 'connectivityType'), 'public'),
      state: str(c, 'state'),
      subnetId: subnet,
      vpcId: vpcId === undefined ? undefined : ec2Ref(ci, 'vpc', vpcId),
      publicIps: unique(addresses.flatMap((a) => strings(a, 'publicIp'))),
      privateIps: unique(addresses.flatMap((a) => strings(a, 'privateIp'))),
      networkInterfaceIds: unique(
        addresses.flatMap((a) => strings(a, 'networkInterfaceId')).map((id) => ec2Ref(ci, 'network-interface', id)),
      ),
    }),
    edges,
  }
}

export const mapElasticIp: ConfigMapper = (ci) => {
  const c = ci.configuration
  const instanceId = str(c, 'instanceId')
  const eniId = str(c, 'networkInterfaceId')
  const instance = instanceId === undefined ? undefined : ec2Ref(ci, 'instance', instanceId)
  const eni = eniId === undefined ? undefined : ec2Ref(ci, 'network-interface', eniId, str(c, 'networkInterfaceOwnerId'))
  const edges: EdgeInput[] = [
    ...(eni === undefined ? [] : [edge(ci.arn, eni, 'attached-to')]),
    ...(instance === undefined ? [] : [edge(ci.arn, instance, 'attached-to')]),
  ]
  const publicIp = str(c, 'publicIp')
  return {
    kind: 'aws.ec2.elastic-ip',
    name: publicIp ?? ci.resourceName,
    props: compact({
      publicIp,
      allocationId: str(c, 'allocationId') ?? ci.resourceId,
      associationId: str(c, 'associationId'),
      domain: str(c, 'domain'),
      privateIp: str(c, 'privateIpAddress'),
      instanceId: instance,
      networkInterfaceId: eni,
    }),
    edges,
  }
}
