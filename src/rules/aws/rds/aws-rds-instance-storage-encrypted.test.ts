import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsInstanceStorageEncrypted } from './aws-rds-instance-storage-encrypted.js'

const db: NodeInput = {
  id: 'arn:aws:rds:eu-west-1:111122223333:db:orders',
  kind: 'aws.rds.db-instance',
  family: 'managed-database',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'orders',
  props: { engine: 'postgres', publiclyAccessible: false, storageEncrypted: true },
}

describe('aws-rds-instance-storage-encrypted', () => {
  it('is healthy when storage is encrypted', () => {
    expect(evaluateRule(awsRdsInstanceStorageEncrypted, db).status).toBe('healthy')
  })
  it('is unhealthy when storage is not encrypted', () => {
    expect(evaluateRule(awsRdsInstanceStorageEncrypted, withProps(db, { storageEncrypted: false })).status).toBe('unhealthy')
  })
  it('is unknown when the flag was not exported', () => {
    expect(evaluateRule(awsRdsInstanceStorageEncrypted, withProps(db, { storageEncrypted: undefined })).status).toBe('unknown')
  })
})
