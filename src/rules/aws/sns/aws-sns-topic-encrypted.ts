/** @module aws-sns-topic-encrypted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsSnsTopicEncrypted = defineRule({
  id: 'aws-sns-topic-encrypted',
  title: 'SNS topic encrypts messages at rest with KMS',
  description:
    'SNS stores messages until they are delivered. Without server-side encryption they sit unencrypted; with a ' +
    'KMS key, publishers and subscribers also need key permissions, which narrows who can read them.',
  severity: 'low',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Enable server-side encryption on the topic with a KMS key (alias/aws/sns or a customer managed key).'],
    cli: 'aws sns set-topic-attributes --topic-arn <arn> --attribute-name KmsMasterKeyId --attribute-value <key-id>',
    terraform: 'kms_master_key_id = aws_kms_key.sns.id',
  },
  target: { kinds: ['aws.sns.topic'] },
  evaluate: (topic) => {
    // The Config item lists KmsMasterKeyId only when encryption is on.
    const key = topic.str('kmsKeyId')
    return key === undefined
      ? unhealthy(`topic ${topic.label} stores messages unencrypted`)
      : healthy(`topic ${topic.label} is encrypted with ${key}`)
  },
})
