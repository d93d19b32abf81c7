/** @module A DynamoDB table as the AWS Config mapper (providers/aws/services/dynamodb) normalizes it, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const TABLE: NodeInput = {
  id: 'arn:aws:dynamodb:eu-west-1:111122223333:table/orders',
  kind: 'aws.dynamodb.table',
  family: 'managed-database',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'orders',
  props: {
    tableName: 'orders',
    status: 'ACTIVE',
    encryption: { type: 'KMS', status: 'ENABLED', kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/1' },
    pointInTimeRecovery: true,
    deletionProtection: true,
    replicaRegions: [],
  },
}
