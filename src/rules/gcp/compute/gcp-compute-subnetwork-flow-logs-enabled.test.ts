import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeSubnetworkFlowLogsEnabled } from './gcp-compute-subnetwork-flow-logs-enabled.js'

const subnet: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/regions/us-central1/subnetworks/app',
  kind: 'gcp.compute.subnetwork',
  family: 'subnet',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'app',
  props: { ipCidrRange: '10.10.0.0/20', purpose: 'private', flowLogsEnabled: true, config: { name: 'app' } },
}

describe('gcp-compute-subnetwork-flow-logs-enabled', () => {
  it('is healthy with flow logs on', () => {
    expect(evaluateRule(gcpComputeSubnetworkFlowLogsEnabled, subnet).status).toBe('healthy')
  })
  it('is unhealthy when the document has no log configuration', () => {
    expect(evaluateRule(gcpComputeSubnetworkFlowLogsEnabled, withProps(subnet, { flowLogsEnabled: undefined }))).toMatchObject({ status: 'unhealthy', message: 'subnet `app` records no VPC Flow Logs' })
  })
  it('is not applicable to a proxy-only subnet', () => {
    expect(evaluateRule(gcpComputeSubnetworkFlowLogsEnabled, withProps(subnet, { purpose: 'regional_managed_proxy', flowLogsEnabled: undefined })).status).toBe('not-applicable')
  })
  it('is unknown without the setting or the document', () => {
    expect(evaluateRule(gcpComputeSubnetworkFlowLogsEnabled, withProps(subnet, { flowLogsEnabled: undefined, config: undefined })).status).toBe('unknown')
  })
})
