/**
 * @module ELBv2 listeners and target groups. Both are plain config: the load balancer contains its
 * listeners, a listener routes traffic to the target groups of its actions, and a target group to
 * the targets it lists.
 */
import type { EdgeInput, JsonObject } from '../../../../model/graph-types.js'
import { compact, num, obj, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { ec2Arn, isArn, parseArn } from '../../core/arn.js'
import { ec2Ref } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

function targetGroupsOf(action: JsonObject): string[] {
  return unique([
    ...strings(action, 'targetGroupArn'),
    ...objects(obj(action, 'forwardConfig'), 'targetGroups').flatMap((t) => strings(t, 'targetGroupArn')),
  ])
}

export const mapListener: ConfigMapper = (ci) => {
  const c = ci.configuration
  const loadBalancer = str(c, 'loadBalancerArn')
  const port = num(c, 'port')
  const protocol = str(c, 'protocol')?.toLowerCase()
  const actions = objects(c, 'defaultActions').map((action) =>
    compact({
      type: str(action, 'type'),
      targetGroupArns: targetGroupsOf(action),
      redirect: obj(action, 'redirectConfig'),
      authenticate: str(action, 'type')?.startsWith('authenticate') ?? false,
    }),
  )
  const targetGroups = unique(objects(c, 'defaultActions').flatMap(targetGroupsOf))
  const edges: EdgeInput[] = [
    ...(loadBalancer === undefined ? [] : [edge(loadBalancer, ci.arn, 'contains')]),
    ...targetGroups.map((tg) => edge(ci.arn, tg, 'routes-traffic-to', compact({ ports: port === undefined ? undefined : [port], protocol, source: 'config' }))),
  ]
  return {
    kind: 'aws.elbv2.listener',
    name: port === undefined ? ci.resourceName : `${protocol ?? 'listener'}:${port}`,
    props: compact({
      loadBalancerArn: loadBalancer,
      port,
      protocol,
      sslPolicy: str(c, 'sslPolicy'),
      certificateArns: objects(c, 'certificates').flatMap((cert) => strings(cert, 'certificateArn')),
      defaultActions: actions,
      targetGroupArns: targetGroups,
    }),
    edges,
  }
}

/** A target id as a node id: instance ids and load balancer / Lambda ARNs; IP targets have no node. */
function targetRef(id: string, targetType: string | undefined, accountId: string, region: string): string | undefined {
  if (isArn(id)) return id
  if (targetType === 'ip' || /^[\d.:a-f]+$/i.test(id)) return undefined
  if (id.startsWith('i-')) return ec2Arn('instance', id, accountId, region)
  return undefined
}

export const mapTargetGroup: ConfigMapper = (ci) => {
  const c = ci.configuration
  const targetType = str(c, 'targetType')?.toLowerCase()
  const defaultPort = num(c, 'port')
  const account = parseArn(ci.arn)?.account || ci.accountId
  const targets = [
    ...objects(c, 'targets'),
    ...objects(c, 'targetHealthDescriptions').flatMap((d) => objects(d, 'target')),
  ].flatMap((t) => {
    const id = str(t, 'id')
    const ref = id === undefined ? undefined : targetRef(id, targetType, account, ci.region)
    return ref === undefined ? [] : [{ ref, port: num(t, 'port') ?? defaultPort }]
  })
  const vpcId = str(c, 'vpcId')
  return {
    kind: 'aws.elbv2.target-group',
    name: str(c, 'targetGroupName') ?? ci.resourceName,
    props: compact({
      targetGroupName: str(c, 'targetGroupName'),
      protocol: str(c, 'protocol')?.toLowerCase(),
      port: defaultPort,
      targetType,
      vpcId: vpcId === undefined ? undefined : ec2Ref(ci, 'vpc', vpcId),
      loadBalancerArns: strings(c, 'loadBalancerArns'),
      targetIds: unique(targets.map((t) => t.ref)),
    }),
    edges: targets.map((t) => edge(ci.arn, t.ref, 'routes-traffic-to', compact({ ports: t.port === undefined ? undefined : [t.port], source: 'config' }))),
  }
}
