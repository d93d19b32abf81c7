/** @module AWS::EC2::VPC and AWS::EC2::Subnet → network and subnet nodes; the VPC contains its subnets. */
import { bool, compact, obj, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { ec2Ref } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

export const mapVpc: ConfigMapper = (ci) => {
  const c = ci.configuration
  const v4 = unique([
    ...strings(c, 'cidrBlock'),
    ...objects(c, 'cidrBlockAssociationSet').flatMap((a) => strings(a, 'cidrBlock')),
  ])
  return {
    kind: 'aws.ec2.vpc',
    props: compact({
      vpcId: str(c, 'vpcId') ?? ci.resourceId,
      cidrBlock: v4[0],
      cidrBlocks: v4,
      ipv6CidrBlocks: objects(c, 'ipv6CidrBlockAssociationSet').flatMap((a) => strings(a, 'ipv6CidrBlock')),
      isDefault: bool(c, 'isDefault'),
      state: str(c, 'state'),
    }),
  }
}

export const mapSubnet: ConfigMapper = (ci) => {
  const c = ci.configuration
  const vpcId = str(c, 'vpcId')
  const vpc = vpcId === undefined ? undefined : ec2Ref(ci, 'vpc', vpcId)
  return {
    kind: 'aws.ec2.subnet',
    props: compact({
      subnetId: str(c, 'subnetId') ?? ci.resourceId,
      cidrBlock: str(c, 'cidrBlock'),
      ipv6CidrBlocks: objects(c, 'ipv6CidrBlockAssociationSet').flatMap((a) => strings(a, 'ipv6CidrBlock')),
      availabilityZone: str(c, 'availabilityZone') ?? ci.availabilityZone,
      mapPublicIpOnLaunch: bool(c, 'mapPublicIpOnLaunch'),
      assignIpv6AddressOnCreation: bool(c, 'assignIpv6AddressOnCreation'),
      defaultForAz: bool(c, 'defaultForAz'),
      vpcId: vpc,
      state: str(obj(c, 'state'), 'name') ?? str(c, 'state'),
    }),
    edges: vpc === undefined ? [] : [edge(vpc, ci.arn, 'contains')],
  }
}
