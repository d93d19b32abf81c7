/**
 * @module RDS DB instances, clusters and their snapshots: public accessibility, encryption, engine,
 * port, SGs. A database `moves-data-to` its snapshots; a cluster contains its member instances.
 */
import type { EdgeInput, JsonObject } from '../../../../model/graph-types.js'
import { bool, compact, field, num, obj, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { partitionOf } from '../../core/arn.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import { ec2Ref, orDefault } from '../../config/config-item.js'
import type { ConfigItem } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

const rdsArn = (ci: ConfigItem, type: 'db' | 'cluster', id: string): string =>
  id.startsWith('arn:') ? id : `arn:${partitionOf(ci.region)}:rds:${ci.region}:${ci.accountId}:${type}:${id}`

function groupsOf(ci: ConfigItem): string[] {
  return unique(
    objects(ci.configuration, 'vpcSecurityGroups').flatMap((g) => strings(g, 'vpcSecurityGroupId')).map((id) => ec2Ref(ci, 'security-group', id)),
  )
}

function databaseProps(ci: ConfigItem): JsonObject {
  const c = ci.configuration
  const endpoint = field(c, 'endpoint')
  const subnetGroup = obj(c, 'dBSubnetGroup', 'dbSubnetGroup')
  const vpcId = str(subnetGroup, 'vpcId')
  return compact({
    engine: str(c, 'engine'),
    engineVersion: str(c, 'engineVersion'),
    status: str(c, 'dBInstanceStatus', 'dbInstanceStatus', 'status'),
    endpoint: typeof endpoint === 'string' ? endpoint : str(endpoint, 'address'),
    port: num(endpoint, 'port') ?? num(c, 'port', 'dbInstancePort', 'dBInstancePort'),
    publiclyAccessible: orDefault(ci, bool(c, 'publiclyAccessible'), false),
    storageEncrypted: orDefault(ci, bool(c, 'storageEncrypted'), false),
    kmsKeyId: str(c, 'kmsKeyId'),
    iamAuthentication: bool(c, 'iAMDatabaseAuthenticationEnabled', 'iamDatabaseAuthenticationEnabled'),
    multiAz: bool(c, 'multiAZ', 'multiAz'),
    deletionProtection: bool(c, 'deletionProtection'),
    backupRetentionDays: num(c, 'backupRetentionPeriod'),
    masterUsername: str(c, 'masterUsername'),
    securityGroupIds: groupsOf(ci),
    vpcId: vpcId === undefined ? undefined : ec2Ref(ci, 'vpc', vpcId),
    subnetIds: objects(subnetGroup, 'subnets').flatMap((s) => strings(s, 'subnetIdentifier')).map((id) => ec2Ref(ci, 'subnet', id)),
    createdAt: toIsoTimestamp(field(c, 'instanceCreateTime', 'clusterCreateTime')),
  })
}

export const mapDbInstance: ConfigMapper = (ci) => {
  const c = ci.configuration
  const identifier = str(c, 'dBInstanceIdentifier', 'dbInstanceIdentifier') ?? ci.resourceName ?? ci.resourceId
  const clusterId = str(c, 'dBClusterIdentifier', 'dbClusterIdentifier')
  const groups = groupsOf(ci)
  const edges: EdgeInput[] = [
    ...groups.map((g) => edge(ci.arn, g, 'protected-by')),
    ...(clusterId === undefined ? [] : [edge(rdsArn(ci, 'cluster', clusterId), ci.arn, 'contains')]),
  ]
  return {
    kind: 'aws.rds.db-instance',
    name: identifier,
    props: compact({
      ...databaseProps(ci),
      dbInstanceIdentifier: identifier,
      instanceClass: str(c, 'dBInstanceClass', 'dbInstanceClass'),
      clusterArn: clusterId === undefined ? undefined : rdsArn(ci, 'cluster', clusterId),
    }),
    edges,
  }
}

export const mapDbCluster: ConfigMapper = (ci) => {
  const c = ci.configuration
  const identifier = str(c, 'dBClusterIdentifier', 'dbClusterIdentifier') ?? ci.resourceName ?? ci.resourceId
  const members = objects(c, 'dBClusterMembers', 'dbClusterMembers')
    .flatMap((m) => strings(m, 'dBInstanceIdentifier', 'dbInstanceIdentifier'))
    .map((id) => rdsArn(ci, 'db', id))
  const groups = groupsOf(ci)
  return {
    kind: 'aws.rds.db-cluster',
    name: identifier,
    props: compact({
      ...databaseProps(ci),
      dbClusterIdentifier: identifier,
      readerEndpoint: str(c, 'readerEndpoint'),
      memberInstanceArns: members,
    }),
    edges: [...groups.map((g) => edge(ci.arn, g, 'protected-by')), ...members.map((m) => edge(ci.arn, m, 'contains'))],
  }
}

function snapshotSharing(ci: ConfigItem): { public: boolean; sharedWithAccounts: string[] } | undefined {
  const s = ci.supplementary
  const attributes = [
    ...objects(s, 'DBSnapshotAttributes', 'DBClusterSnapshotAttributes'),
    ...objects(obj(s, 'DBSnapshotAttributesResult', 'DBClusterSnapshotAttributesResult'), 'DBSnapshotAttributes', 'DBClusterSnapshotAttributes'),
  ]
  if (attributes.length === 0) return undefined
  const restore = attributes.filter((a) => str(a, 'attributeName') === 'restore').flatMap((a) => strings(a, 'attributeValues'))
  return { public: restore.includes('all'), sharedWithAccounts: restore.filter((v) => v !== 'all') }
}

function mapSnapshot(kind: 'aws.rds.db-snapshot' | 'aws.rds.db-cluster-snapshot'): ConfigMapper {
  return (ci) => {
    const c = ci.configuration
    const cluster = kind === 'aws.rds.db-cluster-snapshot'
    const identifier =
      str(c, cluster ? 'dBClusterSnapshotIdentifier' : 'dBSnapshotIdentifier', cluster ? 'dbClusterSnapshotIdentifier' : 'dbSnapshotIdentifier') ??
      ci.resourceName ??
      ci.resourceId
    const sourceId = cluster ? str(c, 'dBClusterIdentifier', 'dbClusterIdentifier') : str(c, 'dBInstanceIdentifier', 'dbInstanceIdentifier')
    const source = sourceId === undefined ? undefined : rdsArn(ci, cluster ? 'cluster' : 'db', sourceId)
    const sharing = snapshotSharing(ci)
    return {
      kind,
      name: identifier,
      props: compact({
        snapshotIdentifier: identifier,
        engine: str(c, 'engine'),
        snapshotType: str(c, 'snapshotType'),
        encrypted: orDefault(ci, bool(c, 'encrypted', 'storageEncrypted'), false),
        kmsKeyId: str(c, 'kmsKeyId'),
        port: num(c, 'port'),
        sourceArn: source,
        public: sharing?.public,
        sharedWithAccounts: sharing?.sharedWithAccounts,
        createdAt: toIsoTimestamp(field(c, 'snapshotCreateTime')),
      }),
      edges: source === undefined ? [] : [edge(source, ci.arn, 'moves-data-to', { via: 'snapshot' })],
    }
  }
}

export const mapDbSnapshot = mapSnapshot('aws.rds.db-snapshot')
export const mapDbClusterSnapshot = mapSnapshot('aws.rds.db-cluster-snapshot')
