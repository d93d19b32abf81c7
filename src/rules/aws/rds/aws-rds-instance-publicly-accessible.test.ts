import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsRdsInstancePubliclyAccessible } from './aws-rds-instance-publicly-accessible.js'

const db: NodeInput = {
  id: 'arn:aws:rds:eu-west-1:111122223333:db:orders',
  kind: 'aws.rds.db-instance',
  family: 'managed-database',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'orders',
  props: { engine: 'postgres', publiclyAccessible: false, storageEncrypted: true, endpoint: 'orders.abc.eu-west-1.rds.amazonaws.com' },
}

describe('aws-rds-instance-publicly-accessible', () => {
  it('is healthy when not publicly accessible', () => {
    expect(evaluateRule(awsRdsInstancePubliclyAccessible, db).status).toBe('healthy')
  })
  it('is unhealthy when publicly accessible, naming the endpoint', () => {
    expect(evaluateRule(awsRdsInstancePubliclyAccessible, withProps(db, { publiclyAccessible: true }))).toMatchObject({ status: 'unhealthy', message: 'database `orders` is publicly accessible at orders.abc.eu-west-1.rds.amazonaws.com' })
  })
  it('is unknown when the flag was not exported', () => {
    expect(evaluateRule(awsRdsInstancePubliclyAccessible, withProps(db, { publiclyAccessible: undefined })).status).toBe('unknown')
  })
})
