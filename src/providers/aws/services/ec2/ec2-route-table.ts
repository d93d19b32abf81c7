/**
 * @module AWS::EC2::RouteTable → route table node with routes normalized to (destination, target
 * type, target ARN); it is attached to the subnets it serves (and to the VPC when it is the main one).
 */
import type { EdgeInput, JsonObject } from '../../../../model/graph-types.js'
import { bool, compact, objects, str } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { ec2SegmentOfId } from '../../core/arn.js'
import { ec2Ref } from '../../config/config-item.js'
import type { ConfigItem } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

/** Route target fields, in the order AWS fills them, with the target type each one means. */
const TARGET_FIELDS: readonly (readonly [string, string])[] = [
  ['natGatewayId', 'nat-gateway'],
  ['egressOnlyInternetGatewayId', 'egress-only-internet-gateway'],
  ['transitGatewayId', 'transit-gateway'],
  ['vpcPeeringConnectionId', 'vpc-peering-connection'],
  ['networkInterfaceId', 'network-interface'],
  ['instanceId', 'instance'],
  ['carrierGatewayId', 'carrier-gateway'],
  ['localGatewayId', 'local-gateway'],
  ['coreNetworkArn', 'core-network'],
  ['gatewayId', 'gateway'],
]

const GATEWAY_TYPES: Readonly<Record<string, string>> = {
  'internet-gateway': 'internet-gateway',
  'vpn-gateway': 'virtual-private-gateway',
  'vpc-endpoint': 'vpc-endpoint',
  'egress-only-internet-gateway': 'egress-only-internet-gateway',
}

export function normalizeRoute(route: JsonObject, ci: ConfigItem): JsonObject {
  const destination =
    str(route, 'destinationCidrBlock') ?? str(route, 'destinationIpv6CidrBlock') ?? str(route, 'destinationPrefixListId')
  const destinationType = str(route, 'destinationCidrBlock')
    ? 'ipv4'
    : str(route, 'destinationIpv6CidrBlock')
      ? 'ipv6'
      : str(route, 'destinationPrefixListId')
        ? 'prefix-list'
        : undefined
  let targetType: string | undefined
  let target: string | undefined
  for (const [name, type] of TARGET_FIELDS) {
    const id = str(route, name)
    if (id === undefined) continue
    if (id === 'local') {
      targetType = 'local'
      target = 'local'
    } else {
      const segment = ec2SegmentOfId(id)
      targetType = name === 'gatewayId' ? (segment === undefined ? 'gateway' : (GATEWAY_TYPES[segment] ?? segment)) : type
      target = segment === undefined ? id : ec2Ref(ci, segment, id)
    }
    break
  }
  return compact({
    destination,
    destinationType,
    targetType,
    target,
    state: str(route, 'state'),
    origin: str(route, 'origin'),
  })
}

export const mapRouteTable: ConfigMapper = (ci) => {
  const c = ci.configuration
  const vpcId = str(c, 'vpcId')
  const vpc = vpcId === undefined ? undefined : ec2Ref(ci, 'vpc', vpcId)
  const routes = objects(c, 'routes').map((route) => normalizeRoute(route, ci))
  const associations = objects(c, 'associations')
  const subnets = associations.flatMap((a) => {
    const subnetId = str(a, 'subnetId')
    return subnetId === undefined ? [] : [ec2Ref(ci, 'subnet', subnetId)]
  })
  const isMain = associations.some((a) => bool(a, 'main') === true)
  const edges: EdgeInput[] = [
    ...subnets.map((subnet) => edge(ci.arn, subnet, 'attached-to')),
    ...(isMain && vpc !== undefined ? [edge(ci.arn, vpc, 'attached-to', { main: true })] : []),
  ]
  const internetRoute = (r: JsonObject): boolean =>
    r['targetType'] === 'internet-gateway' && (r['destination'] === '0.0.0.0/0' || r['destination'] === '::/0')
  return {
    kind: 'aws.ec2.route-table',
    props: compact({
      routeTableId: str(c, 'routeTableId') ?? ci.resourceId,
      vpcId: vpc,
      main: isMain,
      subnetIds: subnets,
      routes,
      hasDefaultRouteToInternetGateway: routes.some(internetRoute),
    }),
    edges,
  }
}
