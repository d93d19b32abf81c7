import { describe, expect, it } from 'vitest'
import { CTX, ec2, makeCi } from '../../__fixtures__/make-ci.js'
import { mapElasticIp, mapInternetGateway, mapNatGateway } from './ec2-gateways.js'
import { mapInstance } from './ec2-instance.js'
import { mapNetworkAcl } from './ec2-network-acl.js'
import { mapNetworkInterface } from './ec2-network-interface.js'
import { mapRouteTable } from './ec2-route-table.js'
import { mapVolume } from './ec2-volume.js'
import { mapSubnet, mapVpc } from './ec2-vpc.js'

const INSTANCE = ec2('instance', 'i-1')

describe('ec2-network', () => {
  it('maps an instance with its subnet, security groups, ENIs, volumes, instance profile and IMDS setting', () => {
    const ci = makeCi('AWS::EC2::Instance', 'i-1', {
      instanceId: 'i-1',
      subnetId: 'subnet-1',
      vpcId: 'vpc-1',
      publicIpAddress: '203.0.113.10',
      securityGroups: [{ groupId: 'sg-1' }],
      networkInterfaces: [{ networkInterfaceId: 'eni-1' }],
      blockDeviceMappings: [{ ebs: { volumeId: 'vol-1' } }],
      iamInstanceProfile: { arn: 'arn:aws:iam::111122223333:instance-profile/app' },
      metadataOptions: { httpTokens: 'required' },
      state: { name: 'running' },
    })
    const mapped = mapInstance(ci, CTX)
    expect(mapped.props).toMatchObject({ publicIp: '203.0.113.10', state: 'running', imdsV2Required: true, subnetId: ec2('subnet', 'subnet-1') })
    expect(mapped.edges).toEqual([
      { from: ec2('subnet', 'subnet-1'), to: INSTANCE, kind: 'contains' },
      { from: INSTANCE, to: ec2('security-group', 'sg-1'), kind: 'protected-by' },
      { from: ec2('network-interface', 'eni-1'), to: INSTANCE, kind: 'attached-to' },
      { from: ec2('volume', 'vol-1'), to: INSTANCE, kind: 'attached-to' },
      { from: INSTANCE, to: 'arn:aws:iam::111122223333:instance-profile/app', kind: 'can-authenticate-as', props: { via: 'instance-profile' } },
    ])
  })

  it('names an instance after its Name tag', () => {
    const ci = makeCi('AWS::EC2::Instance', 'i-1', { instanceId: 'i-1' }, { tags: { Name: 'web-1' } })
    expect(mapInstance(ci, CTX).name).toBe('web-1')
  })

  it('maps an ENI into its subnet, onto its instance and behind its groups', () => {
    const ci = makeCi('AWS::EC2::NetworkInterface', 'eni-1', {
      subnetId: 'subnet-1',
      attachment: { instanceId: 'i-1', instanceOwnerId: 'amazon-elb' },
      association: { publicIp: '198.51.100.7' },
      groups: [{ groupId: 'sg-1' }],
    })
    const mapped = mapNetworkInterface(ci, CTX)
    expect(mapped.props['publicIp']).toBe('198.51.100.7')
    expect(mapped.edges).toContainEqual({ from: ec2('network-interface', 'eni-1'), to: INSTANCE, kind: 'attached-to' })
    expect(mapped.edges).toContainEqual({ from: ec2('network-interface', 'eni-1'), to: ec2('security-group', 'sg-1'), kind: 'protected-by' })
    expect(mapped.edges).toContainEqual({ from: ec2('subnet', 'subnet-1'), to: ec2('network-interface', 'eni-1'), kind: 'contains' })
  })

  it('puts subnets in their VPC and keeps every CIDR', () => {
    const vpc = mapVpc(makeCi('AWS::EC2::VPC', 'vpc-1', { cidrBlock: '10.0.0.0/16', cidrBlockAssociationSet: [{ cidrBlock: '10.1.0.0/16' }] }), CTX)
    expect(vpc.props['cidrBlocks']).toEqual(['10.0.0.0/16', '10.1.0.0/16'])
    const subnet = mapSubnet(makeCi('AWS::EC2::Subnet', 'subnet-1', { vpcId: 'vpc-1', mapPublicIpOnLaunch: true }), CTX)
    expect(subnet.props['mapPublicIpOnLaunch']).toBe(true)
    expect(subnet.edges).toEqual([{ from: ec2('vpc', 'vpc-1'), to: ec2('subnet', 'subnet-1'), kind: 'contains' }])
  })

  it('orders network ACL entries and protects the associated subnets', () => {
    const mapped = mapNetworkAcl(
      makeCi('AWS::EC2::NetworkAcl', 'acl-1', {
        associations: [{ subnetId: 'subnet-1' }],
        entries: [
          { ruleNumber: 200, egress: false, protocol: '6', ruleAction: 'allow', cidrBlock: '0.0.0.0/0', portRange: { from: 22, to: 22 } },
          { ruleNumber: 100, egress: true, protocol: '1', ruleAction: 'deny', ipv6CidrBlock: '::/0', icmpTypeCode: { type: 8, code: -1 } },
        ],
      }),
      CTX,
    )
    expect(mapped.props['entries']).toEqual([
      { ruleNumber: 100, direction: 'egress', action: 'deny', protocol: 'icmp', fromPort: 8, toPort: -1, cidr: '::/0' },
      { ruleNumber: 200, direction: 'ingress', action: 'allow', protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '0.0.0.0/0' },
    ])
    expect(mapped.edges).toEqual([{ from: ec2('subnet', 'subnet-1'), to: ec2('network-acl', 'acl-1'), kind: 'protected-by' }])
  })

  it('normalizes routes with their gateway targets and attaches the table to subnets and, when main, the VPC', () => {
    const mapped = mapRouteTable(
      makeCi('AWS::EC2::RouteTable', 'rtb-1', {
        vpcId: 'vpc-1',
        associations: [{ main: true }, { subnetId: 'subnet-1' }],
        routes: [
          { destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local' },
          { destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-1', state: 'active' },
          { destinationIpv6CidrBlock: '::/0', natGatewayId: 'nat-1' },
          { destinationCidrBlock: '172.16.0.0/12', transitGatewayId: 'tgw-1' },
          { destinationCidrBlock: '192.168.0.0/16', vpcPeeringConnectionId: 'pcx-1' },
        ],
      }),
      CTX,
    )
    expect(mapped.props['routes']).toEqual([
      { destination: '10.0.0.0/16', destinationType: 'ipv4', targetType: 'local', target: 'local' },
      { destination: '0.0.0.0/0', destinationType: 'ipv4', targetType: 'internet-gateway', target: ec2('internet-gateway', 'igw-1'), state: 'active' },
      { destination: '::/0', destinationType: 'ipv6', targetType: 'nat-gateway', target: ec2('natgateway', 'nat-1') },
      { destination: '172.16.0.0/12', destinationType: 'ipv4', targetType: 'transit-gateway', target: ec2('transit-gateway', 'tgw-1') },
      { destination: '192.168.0.0/16', destinationType: 'ipv4', targetType: 'vpc-peering-connection', target: ec2('vpc-peering-connection', 'pcx-1') },
    ])
    expect(mapped.props['hasDefaultRouteToInternetGateway']).toBe(true)
    expect(mapped.edges).toEqual([
      { from: ec2('route-table', 'rtb-1'), to: ec2('subnet', 'subnet-1'), kind: 'attached-to' },
      { from: ec2('route-table', 'rtb-1'), to: ec2('vpc', 'vpc-1'), kind: 'attached-to', props: { main: true } },
    ])
  })

  it('attaches gateways to VPCs, EIPs to ENIs/instances/NAT gateways, volumes to instances', () => {
    const igw = mapInternetGateway(makeCi('AWS::EC2::InternetGateway', 'igw-1', { attachments: [{ vpcId: 'vpc-1' }] }), CTX)
    expect(igw.edges).toEqual([{ from: ec2('internet-gateway', 'igw-1'), to: ec2('vpc', 'vpc-1'), kind: 'attached-to' }])
    const nat = mapNatGateway(
      makeCi('AWS::EC2::NatGateway', 'nat-1', { subnetId: 'subnet-1', natGatewayAddresses: [{ allocationId: 'eipalloc-1', publicIp: '203.0.113.9' }] }),
      CTX,
    )
    expect(nat.props['publicIps']).toEqual(['203.0.113.9'])
    expect(nat.edges).toContainEqual({ from: ec2('elastic-ip', 'eipalloc-1'), to: ec2('natgateway', 'nat-1'), kind: 'attached-to' })
    const eip = mapElasticIp(makeCi('AWS::EC2::EIP', 'eipalloc-2', { publicIp: '203.0.113.50', instanceId: 'i-1', networkInterfaceId: 'eni-1' }), CTX)
    expect(eip.name).toBe('203.0.113.50')
    expect(eip.edges).toEqual([
      { from: ec2('elastic-ip', 'eipalloc-2'), to: ec2('network-interface', 'eni-1'), kind: 'attached-to' },
      { from: ec2('elastic-ip', 'eipalloc-2'), to: INSTANCE, kind: 'attached-to' },
    ])
    const volume = mapVolume(makeCi('AWS::EC2::Volume', 'vol-1', { encrypted: false, attachments: [{ instanceId: 'i-1' }] }), CTX)
    expect(volume.props['encrypted']).toBe(false)
    expect(volume.edges).toEqual([{ from: ec2('volume', 'vol-1'), to: INSTANCE, kind: 'attached-to' }])
  })
})
