/** @module aws-rds-instance-publicly-accessible */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsRdsInstancePubliclyAccessible = defineRule({
  id: 'aws-rds-instance-publicly-accessible',
  title: 'RDS instance is not publicly accessible',
  description:
    'A publicly accessible RDS instance resolves to a public address; with a permissive security group anyone can ' +
    'reach the database port and try its password.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'data-exposure'],
  remediation: {
    steps: ['Modify the instance and set Publicly accessible to No; reach it from inside the VPC or through a bastion.'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --no-publicly-accessible --apply-immediately',
    terraform: 'publicly_accessible = false',
  },
  target: { kinds: ['aws.rds.db-instance'] },
  evaluate: (db) =>
    db.needBool('publiclyAccessible')
      ? unhealthy(`database ${db.label} is publicly accessible${db.str('endpoint') === undefined ? '' : ` at ${db.str('endpoint') ?? ''}`}`)
      : healthy(`database ${db.label} is not publicly accessible`),
})
