/** @module SNS topics and SQS queues: mapped for their resource policies (JSON strings in Config). */
import { compact, field, str } from '../../core/json.js'
import { parsePolicyDocument } from '../../core/policy-document.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

export const mapSnsTopic: ConfigMapper = (ci) => {
  const c = ci.configuration
  const policy = parsePolicyDocument(field(c, 'Policy', 'policy'))
  const name = str(c, 'TopicName', 'topicName') ?? ci.resourceName ?? ci.arn.split(':').pop()
  return {
    kind: 'aws.sns.topic',
    name,
    props: compact({
      topicName: name,
      kmsKeyId: str(c, 'KmsMasterKeyId', 'kmsMasterKeyId'),
      resourcePolicy: policy.document,
    }),
    problems: policy.error === undefined ? [] : [`topic policy: ${policy.error}`],
  }
}

export const mapSqsQueue: ConfigMapper = (ci) => {
  const c = ci.configuration
  const policy = parsePolicyDocument(field(c, 'Policy', 'policy'))
  const name = str(c, 'QueueName', 'queueName') ?? ci.resourceName ?? ci.arn.split(':').pop()
  return {
    kind: 'aws.sqs.queue',
    name,
    props: compact({
      queueName: name,
      queueUrl: str(c, 'QueueUrl', 'queueUrl'),
      kmsKeyId: str(c, 'KmsMasterKeyId', 'kmsMasterKeyId'),
      sqsManagedSse: field(c, 'SqsManagedSseEnabled') === 'true' || field(c, 'SqsManagedSseEnabled') === true,
      resourcePolicy: policy.document,
    }),
    problems: policy.error === undefined ? [] : [`queue policy: ${policy.error}`],
  }
}
