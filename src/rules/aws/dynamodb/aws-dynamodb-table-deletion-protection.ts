/** @module aws-dynamodb-table-deletion-protection */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsDynamodbTableDeletionProtection = defineRule({
  id: 'aws-dynamodb-table-deletion-protection',
  title: 'DynamoDB table has deletion protection enabled',
  description: 'Without deletion protection, one DeleteTable call or template change removes the table and its data.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Turn on deletion protection for the table.'],
    cli: 'aws dynamodb update-table --table-name <table> --deletion-protection-enabled',
    terraform: 'deletion_protection_enabled = true',
  },
  target: { kinds: ['aws.dynamodb.table'] },
  evaluate: (table) =>
    table.needBool('deletionProtection')
      ? healthy(`table ${table.label} has deletion protection`)
      : unhealthy(`table ${table.label} can be deleted without turning off deletion protection first`),
})
