/** @module AWS::DynamoDB::Table → managed database node; global-table replicas receive its data. */
import { bool, compact, field, num, obj, objects, str, strings } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { partitionOf } from '../../core/arn.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import { orDefault } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

export const mapDynamoDbTable: ConfigMapper = (ci) => {
  const c = ci.configuration
  const name = str(c, 'tableName') ?? ci.resourceName ?? ci.resourceId
  const sse = obj(c, 'sSEDescription', 'sseDescription', 'SSEDescription')
  const backups = obj(ci.supplementary, 'ContinuousBackupsDescription')
  const pitr = str(obj(backups, 'pointInTimeRecoveryDescription'), 'pointInTimeRecoveryStatus')
  const replicaRegions = objects(c, 'replicas').flatMap((r) => strings(r, 'regionName')).filter((r) => r !== ci.region)
  const replicas = replicaRegions.map((region) => `arn:${partitionOf(region)}:dynamodb:${region}:${ci.accountId}:table/${name}`)
  return {
    kind: 'aws.dynamodb.table',
    name,
    props: compact({
      tableName: name,
      status: str(c, 'tableStatus'),
      createdAt: toIsoTimestamp(field(c, 'creationDateTime')),
      itemCount: num(c, 'itemCount'),
      sizeBytes: num(c, 'tableSizeBytes'),
      // Tables without an SSE description are encrypted with an AWS owned key.
      encryption: compact({
        type: orDefault(ci, str(sse, 'sSEType', 'sseType'), 'AWS_OWNED_KMS_KEY'),
        status: str(sse, 'status'),
        kmsKeyArn: str(sse, 'kMSMasterKeyArn', 'kmsMasterKeyArn'),
      }),
      pointInTimeRecovery: pitr === undefined ? undefined : pitr === 'ENABLED',
      streamEnabled: bool(obj(c, 'streamSpecification'), 'streamEnabled'),
      deletionProtection: bool(c, 'deletionProtectionEnabled'),
      replicaRegions,
    }),
    edges: replicas.map((replica) => edge(ci.arn, replica, 'moves-data-to', { via: 'global-table-replica' })),
  }
}
