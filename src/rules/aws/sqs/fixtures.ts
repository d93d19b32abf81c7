/** @module An SQS queue as the AWS Config mapper (providers/aws/services/messaging) normalizes it, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const QUEUE: NodeInput = {
  id: 'arn:aws:sqs:eu-west-1:111122223333:orders',
  kind: 'aws.sqs.queue',
  family: 'other',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'orders',
  props: { queueName: 'orders', sqsManagedSse: true },
}
