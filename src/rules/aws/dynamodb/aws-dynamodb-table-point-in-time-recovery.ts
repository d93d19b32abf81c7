/** @module aws-dynamodb-table-point-in-time-recovery */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsDynamodbTablePointInTimeRecovery = defineRule({
  id: 'aws-dynamodb-table-point-in-time-recovery',
  title: 'DynamoDB table has point-in-time recovery enabled',
  description:
    'Point-in-time recovery keeps continuous backups for 35 days, so an accidental or malicious bulk delete or ' +
    'overwrite can be rolled back to any second before it happened.',
  severity: 'medium',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Enable point-in-time recovery on the table.'],
    cli: 'aws dynamodb update-continuous-backups --table-name <table> --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true',
    terraform: 'point_in_time_recovery {\n  enabled = true\n}',
  },
  target: { kinds: ['aws.dynamodb.table'] },
  evaluate: (table) =>
    table.needBool('pointInTimeRecovery')
      ? healthy(`table ${table.label} has point-in-time recovery`)
      : unhealthy(`table ${table.label} has no point-in-time recovery`),
})
