/** @module RDS nodes as the AWS Config mappers (providers/aws/services/rds) normalize them, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

const ACCOUNT = 'aws://accounts/111122223333'

export const DB_INSTANCE: NodeInput = {
  id: 'arn:aws:rds:eu-west-1:111122223333:db:orders',
  kind: 'aws.rds.db-instance',
  family: 'managed-database',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'orders',
  props: {
    dbInstanceIdentifier: 'orders', engine: 'postgres', engineVersion: '16.3', publiclyAccessible: false, storageEncrypted: true,
    iamAuthentication: true, multiAz: true, deletionProtection: true, backupRetentionDays: 14, masterUsername: 'orders_owner',
  },
}

/** An Aurora member instance: backups, deletion protection and IAM auth are settings of its cluster. */
export const AURORA_MEMBER: NodeInput = {
  ...DB_INSTANCE,
  id: 'arn:aws:rds:eu-west-1:111122223333:db:ledger-1',
  name: 'ledger-1',
  props: { ...DB_INSTANCE.props, engine: 'aurora-postgresql', multiAz: false, deletionProtection: false, backupRetentionDays: 1, clusterArn: 'arn:aws:rds:eu-west-1:111122223333:cluster:ledger' },
}

export const DB_CLUSTER: NodeInput = {
  id: 'arn:aws:rds:eu-west-1:111122223333:cluster:ledger',
  kind: 'aws.rds.db-cluster',
  family: 'managed-database',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'ledger',
  props: {
    dbClusterIdentifier: 'ledger', engine: 'aurora-postgresql', storageEncrypted: true, iamAuthentication: true, deletionProtection: true,
    backupRetentionDays: 7, masterUsername: 'ledger_owner', memberInstanceArns: ['arn:aws:rds:eu-west-1:111122223333:db:ledger-1'],
  },
}

export const DB_SNAPSHOT: NodeInput = {
  id: 'arn:aws:rds:eu-west-1:111122223333:snapshot:orders-2024-05-01',
  kind: 'aws.rds.db-snapshot',
  family: 'database-snapshot',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'orders-2024-05-01',
  props: { snapshotIdentifier: 'orders-2024-05-01', engine: 'postgres', snapshotType: 'manual', encrypted: true, public: false, sharedWithAccounts: [] },
}
