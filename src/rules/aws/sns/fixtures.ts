/** @module An SNS topic as the AWS Config mapper (providers/aws/services/messaging) normalizes it, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const TOPIC: NodeInput = {
  id: 'arn:aws:sns:eu-west-1:111122223333:orders',
  kind: 'aws.sns.topic',
  family: 'other',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'orders',
  props: { topicName: 'orders', kmsKeyId: 'alias/aws/sns' },
}
