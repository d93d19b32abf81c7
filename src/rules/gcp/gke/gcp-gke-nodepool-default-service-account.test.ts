import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpGkeNodepoolDefaultServiceAccount } from './gcp-gke-nodepool-default-service-account.js'
import { GKE_NODE_POOL } from './fixtures.js'

describe('gcp-gke-nodepool-default-service-account', () => {
  it('is healthy with a dedicated account', () => {
    expect(evaluateRule(gcpGkeNodepoolDefaultServiceAccount, GKE_NODE_POOL)).toMatchObject({ status: 'healthy', message: 'node pool `gke-demo/default-pool` runs as gke-nodes@demo-proj.iam.gserviceaccount.com' })
  })
  it('is unhealthy with the default compute account', () => {
    expect(evaluateRule(gcpGkeNodepoolDefaultServiceAccount, withProps(GKE_NODE_POOL, { serviceAccount: "123456789012-compute@developer.gserviceaccount.com", defaultServiceAccount: true }))).toMatchObject({ status: 'unhealthy', message: 'node pool `gke-demo/default-pool` runs as the default Compute Engine service account 123456789012-compute@developer.gserviceaccount.com' })
  })
  it('is unknown when the account could not be resolved', () => {
    expect(evaluateRule(gcpGkeNodepoolDefaultServiceAccount, withProps(GKE_NODE_POOL, { serviceAccount: undefined, defaultServiceAccount: undefined })).status).toBe('unknown')
  })
})
