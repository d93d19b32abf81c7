import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsDynamodbTableCustomerManagedKey } from './aws-dynamodb-table-customer-managed-key.js'
import { TABLE } from './fixtures.js'

describe('aws-dynamodb-table-customer-managed-key', () => {
  it('is healthy with a KMS key', () => {
    expect(evaluateRule(awsDynamodbTableCustomerManagedKey, TABLE).status).toBe('healthy')
  })
  it('is unhealthy with the AWS owned key', () => {
    expect(evaluateRule(awsDynamodbTableCustomerManagedKey, withProps(TABLE, { encryption: { type: 'AWS_OWNED_KMS_KEY' } }))).toMatchObject({ status: 'unhealthy', message: 'table `orders` is encrypted with an AWS owned key (AWS_OWNED_KMS_KEY)' })
  })
  it('is unknown without the encryption description', () => {
    expect(evaluateRule(awsDynamodbTableCustomerManagedKey, withProps(TABLE, { encryption: undefined })).status).toBe('unknown')
  })
})
