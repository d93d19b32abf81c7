/** @module aws-sqs-queue-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { actionsOf, publicStatements } from '../resource-policy.js'

export const awsSqsQueueNotPublic = defineRule({
  id: 'aws-sqs-queue-not-public',
  title: 'SQS queue policy does not grant access to everyone',
  description:
    'A queue policy statement for Principal "*" without a source ARN, account or organization condition lets any ' +
    'AWS account send messages into your processing pipeline, or read and delete the messages in it.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'data-exposure'],
  remediation: {
    steps: ['Name the sending principals, or add an aws:SourceArn / aws:SourceAccount condition (for SNS or S3 senders).'],
    cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes Policy=file://policy.json',
  },
  target: { kinds: ['aws.sqs.queue'] },
  evaluate: (queue) => {
    const open = publicStatements(queue.obj('resourcePolicy'))
    return open.length === 0
      ? healthy(`queue ${queue.label} grants no access to everyone`)
      : unhealthy(`queue ${queue.label} lets any AWS account call ${actionsOf(open)}`)
  },
})
