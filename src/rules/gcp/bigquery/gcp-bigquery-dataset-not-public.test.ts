import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpBigqueryDatasetNotPublic } from './gcp-bigquery-dataset-not-public.js'
import { DATASET } from './fixtures.js'

describe('gcp-bigquery-dataset-not-public', () => {
  it('is healthy when shared with named principals', () => {
    expect(evaluateRule(gcpBigqueryDatasetNotPublic, DATASET).status).toBe('healthy')
  })
  it('is unhealthy with allAuthenticatedUsers in the access list', () => {
    expect(evaluateRule(gcpBigqueryDatasetNotPublic, withProps(DATASET, { config: { access: [{ role: "READER", specialGroup: "allAuthenticatedUsers" }] } }))).toMatchObject({ status: 'unhealthy', message: 'dataset `sales` is readable by allAuthenticatedUsers (READER)' })
  })
  it('is unhealthy with allUsers in the IAM policy', () => {
    expect(evaluateRule(gcpBigqueryDatasetNotPublic, withProps(DATASET, { publicBindings: [{ role: "roles/bigquery.dataViewer", member: "allUsers" }] }))).toMatchObject({ status: 'unhealthy', message: 'dataset `sales` is readable by allUsers (roles/bigquery.dataViewer)' })
  })
  it('is unknown without the access list or the IAM policy', () => {
    expect(evaluateRule(gcpBigqueryDatasetNotPublic, withProps(DATASET, { config: undefined })).status).toBe('unknown')
  })
})
