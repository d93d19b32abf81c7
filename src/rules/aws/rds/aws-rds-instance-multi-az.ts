/** @module aws-rds-instance-multi-az */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const awsRdsInstanceMultiAz = defineRule({
  id: 'aws-rds-instance-multi-az',
  title: 'RDS instance runs in a Multi-AZ deployment',
  description:
    'A single-AZ instance is down for as long as its Availability Zone or host is; Multi-AZ keeps a synchronous ' +
    'standby in another zone and fails over automatically.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Convert the instance to a Multi-AZ deployment (a brief I/O pause happens while the standby is created).'],
    cli: 'aws rds modify-db-instance --db-instance-identifier <id> --multi-az --apply-immediately',
    terraform: 'multi_az = true',
  },
  target: { kinds: ['aws.rds.db-instance'] },
  evaluate: (db) => {
    if (db.str('clusterArn') !== undefined) return notApplicable(`database ${db.label} is a cluster member; the cluster spreads its instances`)
    return db.needBool('multiAz')
      ? healthy(`database ${db.label} is Multi-AZ`)
      : unhealthy(`database ${db.label} runs in a single Availability Zone`)
  },
})
