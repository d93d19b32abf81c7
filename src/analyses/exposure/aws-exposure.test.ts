import { describe, expect, it } from 'vitest'
import type { JsonObject } from '../../model/graph-types.js'
import { INTERNET_NODE_ID } from '../../model/graph-types.js'
import { ACCOUNT, REGION, arn, configSnapshot, fixtureFragment, inputFragment, runExposure } from './__fixtures__/run-exposure.js'
import type { ExposureRun } from './__fixtures__/run-exposure.js'

type Item = readonly [string, string, JsonObject, JsonObject?]

const sgRule = (port: number | [number, number], cidrs: string[], protocol = 'tcp'): JsonObject => {
  const [from, to] = typeof port === 'number' ? [port, port] : port
  return { ipProtocol: protocol, fromPort: from, toPort: to, ipv4Ranges: cidrs.filter((c) => !c.includes(':')).map((cidrIp) => ({ cidrIp })), ipv6Ranges: cidrs.filter((c) => c.includes(':')).map((cidrIpv6) => ({ cidrIpv6 })), userIdGroupPairs: [], prefixListIds: [] }
}
const sg = (id: string, ...ipPermissions: JsonObject[]): Item => ['AWS::EC2::SecurityGroup', id, { groupId: id, groupName: id, vpcId: 'vpc-1', ipPermissions, ipPermissionsEgress: [] }]
const instance = (id: string, subnet: string, groups: string[], publicIp?: string): Item => [
  'AWS::EC2::Instance',
  id,
  { instanceId: id, subnetId: subnet, vpcId: 'vpc-1', state: { name: 'running' }, privateIpAddress: '10.0.0.10', securityGroups: groups.map((groupId) => ({ groupId })), ...(publicIp === undefined ? {} : { publicIpAddress: publicIp }) },
]
const routeTable = (id: string, subnet: string, target: JsonObject): Item => [
  'AWS::EC2::RouteTable',
  id,
  { routeTableId: id, vpcId: 'vpc-1', associations: [{ subnetId: subnet, main: false }], routes: [{ destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local', state: 'active' }, { destinationCidrBlock: '0.0.0.0/0', ...target, state: 'active' }] },
]

/** A VPC with a public subnet (route to an internet gateway) and a private one (route to a NAT gateway). */
const NETWORK: Item[] = [
  ['AWS::EC2::VPC', 'vpc-1', { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16' }],
  ['AWS::EC2::Subnet', 'subnet-pub', { subnetId: 'subnet-pub', vpcId: 'vpc-1', cidrBlock: '10.0.1.0/24' }],
  ['AWS::EC2::Subnet', 'subnet-priv', { subnetId: 'subnet-priv', vpcId: 'vpc-1', cidrBlock: '10.0.2.0/24' }],
  ['AWS::EC2::InternetGateway', 'igw-1', { internetGatewayId: 'igw-1', attachments: [{ vpcId: 'vpc-1', state: 'available' }] }],
  ['AWS::EC2::NatGateway', 'nat-1', { natGatewayId: 'nat-1', subnetId: 'subnet-pub', vpcId: 'vpc-1', natGatewayAddresses: [{ publicIp: '203.0.113.200' }] }],
  routeTable('rtb-pub', 'subnet-pub', { gatewayId: 'igw-1' }),
  routeTable('rtb-priv', 'subnet-priv', { natGatewayId: 'nat-1' }),
  sg('sg-ssh', sgRule(22, ['0.0.0.0/0'])),
  sg('sg-partner', sgRule(22, ['198.51.100.0/24'])),
  sg('sg-alb', sgRule(443, ['0.0.0.0/0', '::/0'])),
  sg('sg-app', { ipProtocol: 'tcp', fromPort: 8080, toPort: 8080, userIdGroupPairs: [{ groupId: 'sg-alb' }], ipv4Ranges: [] }),
  sg('sg-db', sgRule(5432, ['0.0.0.0/0'])),
]

async function run(items: readonly Item[], trustedCidrs?: string[]): Promise<ExposureRun> {
  const fragment = await inputFragment(`${ACCOUNT}_Config_${REGION}_ConfigSnapshot_20240501T100000Z_x.json`, configSnapshot([...NETWORK, ...items]))
  return runExposure([fragment], trustedCidrs === undefined ? {} : { trustedCidrs })
}

const I = (id: string): string => arn('instance', id)

describe('aws exposure', () => {
  it.each([
    { case: 'SG open on 22 without a public IP is not exposed', items: [instance('i-1', 'subnet-pub', ['sg-ssh'])], ports: undefined },
    { case: 'SG open on 22 with a public IP is exposed on 22, wide', items: [instance('i-1', 'subnet-pub', ['sg-ssh'], '203.0.113.10')], ports: ['22'], width: 'wide' },
    { case: 'a public IP in a private subnet (default route to a NAT gateway) is not exposed', items: [instance('i-1', 'subnet-priv', ['sg-ssh'], '203.0.113.10')], ports: undefined },
    { case: 'a partner range gives narrow exposure', items: [instance('i-1', 'subnet-pub', ['sg-partner'], '203.0.113.10')], ports: ['22'], width: 'narrow' },
    {
      case: 'an Elastic IP on the instance counts as a public address',
      items: [instance('i-1', 'subnet-pub', ['sg-ssh']), ['AWS::EC2::EIP', 'eipalloc-1', { allocationId: 'eipalloc-1', publicIp: '203.0.113.50', instanceId: 'i-1' }] as Item],
      ports: ['22'],
      width: 'wide',
    },
    {
      case: 'a network ACL deny with a lower rule number closes the port',
      items: [
        instance('i-1', 'subnet-pub', ['sg-ssh'], '203.0.113.10'),
        ['AWS::EC2::NetworkAcl', 'acl-1', { networkAclId: 'acl-1', vpcId: 'vpc-1', associations: [{ subnetId: 'subnet-pub' }], entries: [
          { ruleNumber: 100, egress: false, protocol: '6', ruleAction: 'deny', cidrBlock: '0.0.0.0/0', portRange: { from: 22, to: 22 } },
          { ruleNumber: 200, egress: false, protocol: '-1', ruleAction: 'allow', cidrBlock: '0.0.0.0/0' },
        ] }] as Item,
      ],
      ports: undefined,
    },
    {
      case: 'a network ACL allow with a lower rule number keeps the port open',
      items: [
        instance('i-1', 'subnet-pub', ['sg-ssh'], '203.0.113.10'),
        ['AWS::EC2::NetworkAcl', 'acl-1', { networkAclId: 'acl-1', vpcId: 'vpc-1', associations: [{ subnetId: 'subnet-pub' }], entries: [
          { ruleNumber: 300, egress: false, protocol: '-1', ruleAction: 'deny', cidrBlock: '0.0.0.0/0' },
          { ruleNumber: 100, egress: false, protocol: '6', ruleAction: 'allow', cidrBlock: '0.0.0.0/0', portRange: { from: 22, to: 22 } },
        ] }] as Item,
      ],
      ports: ['22'],
      width: 'wide',
    },
    {
      case: 'an IPv6 address reaches only through a ::/0 route to an internet gateway, not an egress-only one',
      items: [
        ['AWS::EC2::Instance', 'i-1', { instanceId: 'i-1', subnetId: 'subnet-v6', vpcId: 'vpc-1', securityGroups: [{ groupId: 'sg-alb' }], networkInterfaces: [{ networkInterfaceId: 'eni-1' }] }] as Item,
        ['AWS::EC2::NetworkInterface', 'eni-1', { networkInterfaceId: 'eni-1', subnetId: 'subnet-v6', attachment: { instanceId: 'i-1' }, groups: [{ groupId: 'sg-alb' }], ipv6Addresses: [{ ipv6Address: '2001:db8::15' }] }] as Item,
        ['AWS::EC2::RouteTable', 'rtb-v6', { routeTableId: 'rtb-v6', vpcId: 'vpc-1', associations: [{ subnetId: 'subnet-v6' }], routes: [{ destinationIpv6CidrBlock: '::/0', egressOnlyInternetGatewayId: 'eigw-1', state: 'active' }] }] as Item,
      ],
      ports: undefined,
    },
  ])('$case', async ({ items, ports, width }) => {
    const result = await run(items)
    const exposure = result.exposure(I('i-1'))
    expect(exposure?.['ports']).toEqual(ports)
    if (width !== undefined) expect(exposure?.['width']).toBe(width)
  })

  it('names the route in via and evidence: public IP, gateway, route table, security group rule', async () => {
    const result = await run([instance('i-1', 'subnet-pub', ['sg-ssh'], '203.0.113.10')])
    const exposure = result.exposure(I('i-1'))!
    expect(exposure).toMatchObject({ protocol: 'tcp', entry: ['public-ip'], sources: ['0.0.0.0/0'] })
    expect(exposure['via']).toEqual([arn('internet-gateway', 'igw-1'), arn('route-table', 'rtb-pub'), arn('security-group', 'sg-ssh')])
    const details = result.insight(I('i-1'), 'exposed-to-internet')!.evidence.map((e) => e.detail)
    expect(details).toEqual(['public IP 203.0.113.10', 'route 0.0.0.0/0 → igw-1', 'security group sg-ssh ingress: allow tcp 22 from 0.0.0.0/0'])
    expect(result.edge(INTERNET_NODE_ID, I('i-1'))).toEqual({ ports: ['22'], protocol: 'tcp', derivedBy: 'internet-exposure' })
  })

  it('suppresses exposure that only comes from trusted CIDRs', async () => {
    const partner = [instance('i-1', 'subnet-pub', ['sg-partner'], '203.0.113.10')]
    expect((await run(partner, ['198.51.100.0/24'])).exposure(I('i-1'))).toBeUndefined()
    expect((await run(partner, ['198.51.100.128/25'])).exposure(I('i-1'))?.['width']).toBe('narrow')
    expect((await run([instance('i-1', 'subnet-pub', ['sg-ssh'], '203.0.113.10')], ['198.51.100.0/24'])).exposure(I('i-1'))?.['width']).toBe('wide')
  })

  const ALB = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/web/1`
  const LISTENER = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:listener/app/web/1/2`
  const TG = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/app/3`
  const alb = (scheme: string, appGroups: string[]): Item[] => [
    ['AWS::ElasticLoadBalancingV2::LoadBalancer', ALB, { loadBalancerArn: ALB, loadBalancerName: 'web', scheme, type: 'application', vpcId: 'vpc-1', securityGroups: ['sg-alb'], availabilityZones: [{ zoneName: 'eu-west-1a', subnetId: 'subnet-pub' }], ipAddressType: 'ipv4' }],
    ['AWS::ElasticLoadBalancingV2::Listener', LISTENER, { listenerArn: LISTENER, loadBalancerArn: ALB, port: 443, protocol: 'HTTPS', defaultActions: [{ type: 'forward', targetGroupArn: TG }] }],
    ['AWS::ElasticLoadBalancingV2::TargetGroup', TG, { TargetGroupName: 'app', Protocol: 'HTTP', Port: 8080, VpcId: 'vpc-1', TargetType: 'instance', Targets: [{ Id: 'i-app', Port: 8080 }] }],
    instance('i-app', 'subnet-priv', appGroups),
  ]

  it('exposes an instance behind an internet-facing ALB on the listener port only, reached on the target port', async () => {
    const result = await run(alb('internet-facing', ['sg-app', 'sg-ssh']))
    expect(result.exposure(ALB)).toMatchObject({ ports: ['443'], width: 'wide', entry: ['load-balancer'] })
    const app = result.exposure(I('i-app'))!
    expect(app).toMatchObject({ ports: ['443'], targetPorts: ['8080'], width: 'wide', entry: ['load-balancer'] })
    expect(app['via']).toEqual([LISTENER, TG, ALB, arn('security-group', 'sg-alb')])
    expect(result.edge(INTERNET_NODE_ID, ALB)).toMatchObject({ ports: ['443'] })
    expect(result.edge(ALB, I('i-app'))).toMatchObject({ ports: ['8080'], protocol: 'tcp' })
    expect(result.edge(INTERNET_NODE_ID, I('i-app'))).toBeUndefined()
  })

  it('does not expose targets of an internal ALB, nor targets whose groups do not admit the load balancer', async () => {
    expect((await run(alb('internal', ['sg-app']))).exposedNodes()).toEqual([])
    const unreachable = await run(alb('internet-facing', ['sg-db']))
    expect(unreachable.exposure(ALB)).toBeDefined()
    expect(unreachable.exposure(I('i-app'))).toBeUndefined()
  })

  it('exposes targets of an NLB without security groups only on what their own groups admit from the internet', async () => {
    const NLB = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/net/tcp/9`
    const NLB_LISTENER = `${NLB.replace(':loadbalancer/', ':listener/')}/1`
    const NLB_TG = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/tcp/8`
    const items: Item[] = [
      ['AWS::ElasticLoadBalancingV2::LoadBalancer', NLB, { loadBalancerArn: NLB, loadBalancerName: 'tcp', scheme: 'internet-facing', type: 'network', vpcId: 'vpc-1' }],
      ['AWS::ElasticLoadBalancingV2::Listener', NLB_LISTENER, { listenerArn: NLB_LISTENER, loadBalancerArn: NLB, port: 2222, protocol: 'TCP', defaultActions: [{ type: 'forward', targetGroupArn: NLB_TG }] }],
      ['AWS::ElasticLoadBalancingV2::TargetGroup', NLB_TG, { TargetGroupName: 'tcp', Protocol: 'TCP', Port: 22, VpcId: 'vpc-1', TargetType: 'instance', Targets: [{ Id: 'i-ssh' }, { Id: 'i-partner' }, { Id: 'i-closed' }] }],
      instance('i-ssh', 'subnet-priv', ['sg-ssh']),
      instance('i-partner', 'subnet-priv', ['sg-partner']),
      instance('i-closed', 'subnet-priv', ['sg-db']),
    ]
    const result = await run(items)
    expect(result.exposure(NLB)).toMatchObject({ ports: ['2222'], width: 'wide' })
    expect(result.exposure(I('i-ssh'))).toMatchObject({ ports: ['2222'], targetPorts: ['22'], width: 'wide' })
    expect(result.exposure(I('i-partner'))).toMatchObject({ ports: ['2222'], width: 'narrow' })
    expect(result.exposure(I('i-closed'))).toBeUndefined()
  })

  it('reads the provider fixture: the web instance is open on 443 only (the ACL denies 22), the legacy ELB nowhere', async () => {
    const result = runExposure([await fixtureFragment('src/providers/aws/__fixtures__/config-snapshot.json')])
    const web = `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-0aa11bb22cc33dd44`
    expect(result.exposure(web)).toMatchObject({ ports: ['443'], width: 'wide', entry: ['public-ip'] })
    expect(result.exposure(`arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/legacy-elb`)).toBeUndefined()
    expect(result.exposure(`arn:aws:rds:${REGION}:${ACCOUNT}:db:orders-db`)).toBeUndefined()
  })

  const db = (id: string, publiclyAccessible: boolean, subnet: string): Item => [
    'AWS::RDS::DBInstance',
    id,
    { dBInstanceIdentifier: id, engine: 'postgres', publiclyAccessible, endpoint: { address: `${id}.example`, port: 5432 }, vpcSecurityGroups: [{ vpcSecurityGroupId: 'sg-db' }], dBSubnetGroup: { vpcId: 'vpc-1', subnets: [{ subnetIdentifier: subnet }] } },
  ]
  const DB = (id: string): string => `arn:aws:rds:${REGION}:${ACCOUNT}:db:${id}`

  it.each([
    { case: 'publicly accessible in a public subnet', item: db('pub', true, 'subnet-pub'), ports: ['5432'] },
    { case: 'publicly accessible in a private subnet', item: db('pub', true, 'subnet-priv'), ports: undefined },
    { case: 'not publicly accessible', item: db('pub', false, 'subnet-pub'), ports: undefined },
  ])('RDS $case', async ({ item, ports }) => {
    expect((await run([item])).exposure(DB('pub'))?.['ports']).toEqual(ports)
  })

  const bucket = (name: string, supplementary: object): Item => ['AWS::S3::Bucket', name, { name }, { supplementaryConfiguration: supplementary as JsonObject }]
  const policy = (statement: JsonObject): JsonObject => ({ BucketPolicy: { policyText: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }) } })
  const PUBLIC_READ = { Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }

  it.each([
    { case: 'a policy granting s3:GetObject to *', supplementary: policy(PUBLIC_READ), width: 'wide', access: ['read'] },
    { case: 'the same policy cancelled by RestrictPublicBuckets', supplementary: { ...policy(PUBLIC_READ), PublicAccessBlockConfiguration: { restrictPublicBuckets: true } }, width: undefined },
    { case: 'a policy pinned to the organization', supplementary: policy({ ...PUBLIC_READ, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-123' } } }), width: undefined },
    { case: 'a policy limited to a source range', supplementary: policy({ ...PUBLIC_READ, Condition: { IpAddress: { 'aws:SourceIp': ['198.51.100.0/24'] } } }), width: 'narrow', access: ['read'] },
    { case: 'an ACL granting WRITE to AllUsers', supplementary: { AccessControlList: { grantList: [{ grantee: 'AllUsers', permission: 'Write' }] } }, width: 'wide', access: ['write'] },
    { case: 'a public ACL ignored by IgnorePublicAcls', supplementary: { AccessControlList: { grantList: [{ grantee: 'AllUsers', permission: 'Read' }] }, PublicAccessBlockConfiguration: { ignorePublicAcls: true } }, width: undefined },
  ])('S3: $case', async ({ supplementary, width, access }) => {
    const result = await run([bucket('b', supplementary)])
    expect(result.exposure('arn:aws:s3:::b')?.['width']).toBe(width)
    expect(result.insight('arn:aws:s3:::b', 'allows-public-access')?.params['access']).toEqual(access)
  })

  it('exposes the EKS API endpoint by publicAccessCidrs, a function URL without auth, and APIs that are not private', async () => {
    const CLUSTER = `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/prod`
    const result = await run([
      ['AWS::EKS::Cluster', 'prod', { name: 'prod', resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] } }],
      ['AWS::EKS::Cluster', 'private', { name: 'private', resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true } }],
      ['AWS::Lambda::Function', 'open', { functionName: 'open', role: `arn:aws:iam::${ACCOUNT}:role/r`, functionUrlConfig: { authType: 'NONE', functionUrl: 'https://x.lambda-url.eu-west-1.on.aws/' } }],
      ['AWS::Lambda::Function', 'iam', { functionName: 'iam', role: `arn:aws:iam::${ACCOUNT}:role/r`, functionUrlConfig: { authType: 'AWS_IAM' } }],
      ['AWS::ApiGateway::RestApi', 'pub', { id: 'pub', name: 'pub', endpointConfiguration: { types: ['REGIONAL'] } }],
      ['AWS::ApiGateway::RestApi', 'priv', { id: 'priv', name: 'priv', endpointConfiguration: { types: ['PRIVATE'] } }],
    ])
    expect(result.exposure(CLUSTER)).toMatchObject({ ports: ['443'], width: 'narrow', sources: ['203.0.113.0/24'], entry: ['kubernetes-api'] })
    expect(result.exposure(CLUSTER.replace('/prod', '/private'))).toBeUndefined()
    expect(result.exposure(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:open`)).toMatchObject({ ports: ['443'], entry: ['function-url'] })
    expect(result.exposure(`arn:aws:lambda:${REGION}:${ACCOUNT}:function:iam`)).toBeUndefined()
    expect(result.exposure(`arn:aws:apigateway:${REGION}::/restapis/pub`)).toMatchObject({ ports: ['443'], entry: ['api-endpoint'] })
    expect(result.exposure(`arn:aws:apigateway:${REGION}::/restapis/priv`)).toBeUndefined()
    expect((await run([['AWS::EKS::Cluster', 'prod', { name: 'prod', resourcesVpcConfig: { endpointPublicAccess: true, publicAccessCidrs: ['203.0.113.0/24'] } }]], ['203.0.113.0/24'])).exposure(CLUSTER)).toBeUndefined()
  })
})
