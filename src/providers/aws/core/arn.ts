/**
 * @module ARNs: the canonical AWS node ids. Config gives `ARN` for most items but only ids inside
 * `configuration` and `relationships`, so references are rebuilt in the same ARN form to resolve.
 */

export function partitionOf(region: string | undefined): string {
  if (region?.startsWith('cn-')) return 'aws-cn'
  if (region?.startsWith('us-gov-')) return 'aws-us-gov'
  if (region?.startsWith('us-iso-')) return 'aws-iso'
  if (region?.startsWith('us-isob-')) return 'aws-iso-b'
  return 'aws'
}

export interface ParsedArn {
  readonly partition: string
  readonly service: string
  readonly region: string
  readonly account: string
  readonly resource: string
}

export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  return {
    partition: parts[1]!,
    service: parts[2]!,
    region: parts[3]!,
    account: parts[4]!,
    resource: parts.slice(5).join(':'),
  }
}

export const isArn = (value: string): boolean => value.startsWith('arn:')

/** Resource-type segment of EC2 ARNs, keyed by the Config type suffix. */
const EC2_SEGMENTS: Readonly<Record<string, string>> = {
  Instance: 'instance',
  NetworkInterface: 'network-interface',
  SecurityGroup: 'security-group',
  NetworkAcl: 'network-acl',
  VPC: 'vpc',
  Subnet: 'subnet',
  RouteTable: 'route-table',
  InternetGateway: 'internet-gateway',
  EgressOnlyInternetGateway: 'egress-only-internet-gateway',
  NatGateway: 'natgateway',
  EIP: 'elastic-ip',
  Volume: 'volume',
  VPCEndpoint: 'vpc-endpoint',
  VPCEndpointService: 'vpc-endpoint-service',
  VPCPeeringConnection: 'vpc-peering-connection',
  TransitGateway: 'transit-gateway',
  TransitGatewayAttachment: 'transit-gateway-attachment',
  TransitGatewayRouteTable: 'transit-gateway-route-table',
  VPNGateway: 'vpn-gateway',
  VPNConnection: 'vpn-connection',
  CustomerGateway: 'customer-gateway',
  LaunchTemplate: 'launch-template',
  PrefixList: 'prefix-list',
  FlowLog: 'vpc-flow-log',
  DHCPOptions: 'dhcp-options',
  KeyPair: 'key-pair',
}

export type Ec2Segment =
  | 'instance'
  | 'network-interface'
  | 'security-group'
  | 'network-acl'
  | 'vpc'
  | 'subnet'
  | 'route-table'
  | 'internet-gateway'
  | 'egress-only-internet-gateway'
  | 'natgateway'
  | 'elastic-ip'
  | 'volume'
  | 'vpc-endpoint'
  | 'vpc-peering-connection'
  | 'transit-gateway'
  | 'vpn-gateway'
  | 'prefix-list'

/** `arn:aws:ec2:<region>:<account>:<segment>/<id>`; an id that already is an ARN is returned as is. */
export function ec2Arn(segment: Ec2Segment, id: string, account: string, region: string): string {
  if (isArn(id)) return id
  return `arn:${partitionOf(region)}:ec2:${region}:${account}:${segment}/${id}`
}

/** Where each EC2 id prefix points, for references whose type is implied only by the id. */
const EC2_ID_PREFIXES: readonly (readonly [string, Ec2Segment])[] = [
  ['i-', 'instance'],
  ['eni-', 'network-interface'],
  ['sg-', 'security-group'],
  ['acl-', 'network-acl'],
  ['vpc-', 'vpc'],
  ['subnet-', 'subnet'],
  ['rtb-', 'route-table'],
  ['igw-', 'internet-gateway'],
  ['eigw-', 'egress-only-internet-gateway'],
  ['nat-', 'natgateway'],
  ['eipalloc-', 'elastic-ip'],
  ['vol-', 'volume'],
  ['vpce-', 'vpc-endpoint'],
  ['pcx-', 'vpc-peering-connection'],
  ['tgw-', 'transit-gateway'],
  ['vgw-', 'vpn-gateway'],
  ['pl-', 'prefix-list'],
]

export function ec2SegmentOfId(id: string): Ec2Segment | undefined {
  return EC2_ID_PREFIXES.find(([prefix]) => id.startsWith(prefix))?.[1]
}

const queueNameOf = (id: string): string => id.replace(/\/+$/, '').split('/').pop() ?? id

type ArnBuilder = (name: string, id: string, account: string, region: string, partition: string) => string

/** Non-EC2 Config types whose ARN can be rebuilt from resourceId/resourceName. */
const BUILDERS: Readonly<Record<string, ArnBuilder>> = {
  'AWS::S3::Bucket': (name, id, _a, _r, p) => `arn:${p}:s3:::${name || id}`,
  'AWS::IAM::User': (name, id, a, _r, p) => `arn:${p}:iam::${a}:user/${name || id}`,
  'AWS::IAM::Group': (name, id, a, _r, p) => `arn:${p}:iam::${a}:group/${name || id}`,
  'AWS::IAM::Role': (name, id, a, _r, p) => `arn:${p}:iam::${a}:role/${name || id}`,
  'AWS::IAM::Policy': (name, id, a, _r, p) => `arn:${p}:iam::${a}:policy/${name || id}`,
  'AWS::Lambda::Function': (name, id, a, r, p) => `arn:${p}:lambda:${r}:${a}:function:${name || id}`,
  'AWS::RDS::DBInstance': (name, id, a, r, p) => `arn:${p}:rds:${r}:${a}:db:${name || id}`,
  'AWS::RDS::DBCluster': (name, id, a, r, p) => `arn:${p}:rds:${r}:${a}:cluster:${name || id}`,
  'AWS::RDS::DBSnapshot': (name, id, a, r, p) => `arn:${p}:rds:${r}:${a}:snapshot:${name || id}`,
  'AWS::RDS::DBClusterSnapshot': (name, id, a, r, p) => `arn:${p}:rds:${r}:${a}:cluster-snapshot:${name || id}`,
  'AWS::RDS::DBSubnetGroup': (name, id, a, r, p) => `arn:${p}:rds:${r}:${a}:subgrp:${name || id}`,
  'AWS::DynamoDB::Table': (name, id, a, r, p) => `arn:${p}:dynamodb:${r}:${a}:table/${name || id}`,
  'AWS::KMS::Key': (_n, id, a, r, p) => `arn:${p}:kms:${r}:${a}:key/${id}`,
  'AWS::SecretsManager::Secret': (name, id, a, r, p) => `arn:${p}:secretsmanager:${r}:${a}:secret:${name || id}`,
  'AWS::ECR::Repository': (name, id, a, r, p) => `arn:${p}:ecr:${r}:${a}:repository/${name || id}`,
  'AWS::EKS::Cluster': (name, id, a, r, p) => `arn:${p}:eks:${r}:${a}:cluster/${name || id}`,
  'AWS::CloudTrail::Trail': (name, id, a, r, p) => `arn:${p}:cloudtrail:${r}:${a}:trail/${name || id}`,
  'AWS::ElasticLoadBalancing::LoadBalancer': (name, id, a, r, p) =>
    `arn:${p}:elasticloadbalancing:${r}:${a}:loadbalancer/${name || id}`,
  'AWS::ApiGateway::RestApi': (_n, id, _a, r, p) => `arn:${p}:apigateway:${r}::/restapis/${id}`,
  'AWS::ApiGatewayV2::Api': (_n, id, _a, r, p) => `arn:${p}:apigateway:${r}::/apis/${id}`,
  'AWS::SNS::Topic': (name, id, a, r, p) => `arn:${p}:sns:${r}:${a}:${name || id}`,
  'AWS::SQS::Queue': (name, id, a, r, p) => `arn:${p}:sqs:${r}:${a}:${name || queueNameOf(id)}`,
}

/**
 * The ARN of a Config resource from its type, id and name. Types without a known pattern get
 * `arn:<p>:<service>:<region>:<account>:<type>/<id>`, stable enough to merge repeated items.
 */
export function configResourceArn(
  resourceType: string,
  resourceId: string,
  resourceName: string | undefined,
  account: string,
  region: string,
): string {
  if (isArn(resourceId)) return resourceId
  const partition = partitionOf(region)
  const globalRegion = region === 'global' ? '' : region
  const [, service = 'unknown', type = 'resource'] = resourceType.split('::')
  if (service === 'EC2') {
    const segment = EC2_SEGMENTS[type]
    if (segment !== undefined) return `arn:${partition}:ec2:${globalRegion}:${account}:${segment}/${resourceId}`
  }
  const builder = BUILDERS[resourceType]
  if (builder !== undefined) return builder(resourceName ?? '', resourceId, account, globalRegion, partition)
  return `arn:${partition}:${service.toLowerCase()}:${globalRegion}:${account}:${type.toLowerCase()}/${resourceId}`
}
