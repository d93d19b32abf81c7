import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstanceDefaultServiceAccount } from './gcp-compute-instance-default-service-account.js'

// Props shaped like the Cloud Asset Inventory reader's output for gcp.compute.instance (src/providers/gcp/mappers/compute.ts).
const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform'
const node: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/zones/europe-west1-b/instances/cron-1',
  kind: 'gcp.compute.instance',
  family: 'vm',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'cron-1',
  props: { serviceAccounts: [{ email: 'cron@demo-proj.iam.gserviceaccount.com', scopes: [CLOUD_PLATFORM] }], externalIps: [] },
}

describe('gcp-compute-instance-default-service-account', () => {
  it('is healthy with a dedicated service account', () => {
    expect(evaluateRule(gcpComputeInstanceDefaultServiceAccount, node)).toMatchObject({ status: 'healthy', message: 'instance `cron-1` runs as cron@demo-proj.iam.gserviceaccount.com' })
  })

  it('is unhealthy with the default compute service account, naming the scope', () => {
    const defaulted = withProps(node, { serviceAccounts: [{ email: '123456789012-compute@developer.gserviceaccount.com', scopes: [CLOUD_PLATFORM] }] })
    expect(evaluateRule(gcpComputeInstanceDefaultServiceAccount, defaulted)).toMatchObject({
      status: 'unhealthy',
      message: 'instance `cron-1` runs as the default service account 123456789012-compute@developer.gserviceaccount.com with the cloud-platform scope',
    })
  })

  it('is unknown when the service accounts are not in the input', () => {
    expect(evaluateRule(gcpComputeInstanceDefaultServiceAccount, withProps(node, { serviceAccounts: undefined })).status).toBe('unknown')
  })
})
