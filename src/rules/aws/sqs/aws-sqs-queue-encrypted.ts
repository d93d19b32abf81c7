/** @module aws-sqs-queue-encrypted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsSqsQueueEncrypted = defineRule({
  id: 'aws-sqs-queue-encrypted',
  title: 'SQS queue encrypts messages at rest',
  description:
    'Messages often carry orders, personal data or tokens. Server-side encryption (SQS managed keys or KMS) keeps ' +
    'them encrypted while they wait in the queue; a KMS key also puts decryption under key policy.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Turn on SSE-SQS, or SSE-KMS with a customer managed key for queues with sensitive content.'],
    cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes SqsManagedSseEnabled=true',
    terraform: 'sqs_managed_sse_enabled = true',
  },
  target: { kinds: ['aws.sqs.queue'] },
  evaluate: (queue) => {
    const key = queue.str('kmsKeyId')
    if (key !== undefined) return healthy(`queue ${queue.label} is encrypted with KMS key ${key}`)
    return queue.needBool('sqsManagedSse')
      ? healthy(`queue ${queue.label} is encrypted with SQS managed keys`)
      : unhealthy(`queue ${queue.label} stores messages unencrypted`)
  },
})
