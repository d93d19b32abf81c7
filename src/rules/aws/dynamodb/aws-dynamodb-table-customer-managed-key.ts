/** @module aws-dynamodb-table-customer-managed-key */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

export const awsDynamodbTableCustomerManagedKey = defineRule({
  id: 'aws-dynamodb-table-customer-managed-key',
  title: 'DynamoDB table is encrypted with a KMS key',
  description:
    'Tables are always encrypted, by default with a key AWS owns and nobody can audit or revoke. A KMS key (AWS ' +
    'managed or, better, customer managed) puts decryption under key policy and logs every use in CloudTrail.',
  severity: 'low',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Switch the table encryption to a customer managed KMS key (no downtime).'],
    cli: 'aws dynamodb update-table --table-name <table> --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key-arn>',
    terraform: 'server_side_encryption {\n  enabled     = true\n  kms_key_arn = aws_kms_key.this.arn\n}',
  },
  target: { kinds: ['aws.dynamodb.table'] },
  evaluate: (table) => {
    const type = text(table.needObj('encryption')['type'])
    return type === 'KMS'
      ? healthy(`table ${table.label} is encrypted with a KMS key`)
      : unhealthy(`table ${table.label} is encrypted with an AWS owned key (${type || 'default'})`)
  },
})
