/**
 * @module EKS clusters and managed node groups, read from `aws eks describe-cluster` /
 * `describe-nodegroup` (camelCase) and from AWS Config (CloudFormation-style PascalCase) alike.
 * The cluster runs as its cluster role, node groups as their node role.
 */
import type { JsonObject } from '../../../../model/graph-types.js'
import { bool, compact, field, obj, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { ec2Arn, isArn, partitionOf } from '../../core/arn.js'
import { tagsOf } from '../../core/tags.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import type { ConfigMapper, MappedResource } from '../../config/config-mapper.js'

export interface ResourceRef {
  readonly arn: string
  readonly accountId: string
  readonly region: string
  /** False for partial records (query rows): absent flags stay unknown instead of taking API defaults. */
  readonly complete?: boolean
}

function loggingTypes(raw: JsonObject): string[] {
  const logging = obj(raw, 'logging')
  const clusterLogging = field(logging, 'clusterLogging')
  // describe-cluster: [{types, enabled}]; Config: {EnabledTypes: [{Type}]}.
  if (Array.isArray(clusterLogging)) {
    return objects(logging, 'clusterLogging').filter((l) => bool(l, 'enabled') === true).flatMap((l) => strings(l, 'types'))
  }
  return objects(obj(logging, 'clusterLogging'), 'enabledTypes').flatMap((t) => strings(t, 'type'))
}

export function mapEksClusterObject(raw: JsonObject, ref: ResourceRef): MappedResource {
  const vpc = obj(raw, 'resourcesVpcConfig') ?? {}
  const sg = (id: string): string => ec2Arn('security-group', id, ref.accountId, ref.region)
  const clusterGroup = str(vpc, 'clusterSecurityGroupId') ?? str(raw, 'clusterSecurityGroupId')
  const groups = unique([...strings(vpc, 'securityGroupIds'), ...(clusterGroup === undefined ? [] : [clusterGroup])].map(sg))
  const complete = ref.complete !== false
  const publicAccess = bool(vpc, 'endpointPublicAccess') ?? (complete ? true : undefined)
  const cidrs = strings(vpc, 'publicAccessCidrs')
  const encryption = objects(raw, 'encryptionConfig')
  const role = str(raw, 'roleArn')
  const vpcId = str(vpc, 'vpcId')
  const name = str(raw, 'name') ?? ref.arn.split('/').pop() ?? ref.arn
  return {
    kind: 'aws.eks.cluster',
    name,
    props: compact({
      clusterName: name,
      version: str(raw, 'version'),
      platformVersion: str(raw, 'platformVersion'),
      status: str(raw, 'status'),
      createdAt: toIsoTimestamp(field(raw, 'createdAt')),
      endpoint: str(raw, 'endpoint'),
      endpointPublicAccess: publicAccess,
      endpointPrivateAccess: bool(vpc, 'endpointPrivateAccess') ?? (complete ? false : undefined),
      // The API defaults to 0.0.0.0/0 when public access is on and no CIDRs are given.
      publicAccessCidrs: publicAccess === true && cidrs.length === 0 ? ['0.0.0.0/0'] : cidrs,
      roleArn: role,
      oidcIssuer: str(obj(obj(raw, 'identity'), 'oidc'), 'issuer') ?? str(raw, 'openIdConnectIssuerUrl'),
      authenticationMode: str(obj(raw, 'accessConfig'), 'authenticationMode'),
      secretsEncrypted: encryption.some((e) => strings(e, 'resources').includes('secrets')),
      encryptionKeyArns: encryption.flatMap((e) => strings(obj(e, 'provider'), 'keyArn')),
      loggingEnabledTypes: loggingTypes(raw),
      securityGroupIds: groups,
      clusterSecurityGroupId: clusterGroup === undefined ? undefined : sg(clusterGroup),
      subnetIds: strings(vpc, 'subnetIds').map((id) => ec2Arn('subnet', id, ref.accountId, ref.region)),
      vpcId: vpcId === undefined ? undefined : ec2Arn('vpc', vpcId, ref.accountId, ref.region),
    }),
    edges: [
      ...(role === undefined ? [] : [edge(ref.arn, role, 'can-authenticate-as', { via: 'cluster-role' })]),
      ...groups.map((g) => edge(ref.arn, g, 'protected-by')),
    ],
  }
}

export function eksClusterArn(clusterName: string, accountId: string, region: string): string {
  return `arn:${partitionOf(region)}:eks:${region}:${accountId}:cluster/${clusterName}`
}

export function mapEksNodegroupObject(raw: JsonObject, ref: ResourceRef): MappedResource {
  const role = str(raw, 'nodeRole')
  const clusterName = str(raw, 'clusterName')
  const cluster = clusterName === undefined ? undefined : eksClusterArn(clusterName, ref.accountId, ref.region)
  const remote = obj(raw, 'remoteAccess')
  const sources = strings(remote, 'sourceSecurityGroups').map((id) =>
    isArn(id) ? id : ec2Arn('security-group', id, ref.accountId, ref.region),
  )
  const name = str(raw, 'nodegroupName') ?? ref.arn.split('/')[2] ?? ref.arn
  return {
    kind: 'aws.eks.nodegroup',
    name,
    props: compact({
      nodegroupName: name,
      clusterName,
      clusterArn: cluster,
      nodeRoleArn: role,
      status: str(raw, 'status'),
      version: str(raw, 'version'),
      amiType: str(raw, 'amiType'),
      capacityType: str(raw, 'capacityType'),
      instanceTypes: strings(raw, 'instanceTypes'),
      subnetIds: strings(raw, 'subnets').map((id) => ec2Arn('subnet', id, ref.accountId, ref.region)),
      sshKey: str(remote, 'ec2SshKey'),
      remoteAccessSourceSecurityGroups: sources,
      labels: tagsOf(field(raw, 'labels')),
    }),
    edges: [
      ...(role === undefined ? [] : [edge(ref.arn, role, 'can-authenticate-as', { via: 'node-role' })]),
      ...(cluster === undefined ? [] : [edge(cluster, ref.arn, 'contains')]),
    ],
  }
}

export const mapEksCluster: ConfigMapper = (ci) =>
  mapEksClusterObject(ci.configuration, { arn: ci.arn, accountId: ci.accountId, region: ci.region, complete: ci.complete })

export const mapEksNodegroup: ConfigMapper = (ci) =>
  mapEksNodegroupObject(ci.configuration, { arn: ci.arn, accountId: ci.accountId, region: ci.region })
