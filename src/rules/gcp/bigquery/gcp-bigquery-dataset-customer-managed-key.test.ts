import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpBigqueryDatasetCustomerManagedKey } from './gcp-bigquery-dataset-customer-managed-key.js'
import { DATASET } from './fixtures.js'

describe('gcp-bigquery-dataset-customer-managed-key', () => {
  it('is healthy with a default KMS key', () => {
    expect(evaluateRule(gcpBigqueryDatasetCustomerManagedKey, DATASET).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(gcpBigqueryDatasetCustomerManagedKey, withProps(DATASET, { config: { location: "EU" } }))).toMatchObject({ status: 'unhealthy', message: 'dataset `sales` has no default customer-managed key' })
  })
  it('is unknown without the resource document', () => {
    expect(evaluateRule(gcpBigqueryDatasetCustomerManagedKey, withProps(DATASET, { config: undefined })).status).toBe('unknown')
  })
})
