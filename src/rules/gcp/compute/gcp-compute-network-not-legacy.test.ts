import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeNetworkNotLegacy } from './gcp-compute-network-not-legacy.js'

const network: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/global/networks/prod-vpc',
  kind: 'gcp.compute.network',
  family: 'network',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'prod-vpc',
  props: { autoCreateSubnetworks: false, subnetworks: [], config: { name: 'prod-vpc', autoCreateSubnetworks: false, routingConfig: { routingMode: 'REGIONAL' } } },
}

describe('gcp-compute-network-not-legacy', () => {
  it('is healthy for a VPC network', () => {
    expect(evaluateRule(gcpComputeNetworkNotLegacy, network).status).toBe('healthy')
  })
  it('is unhealthy for a legacy network', () => {
    expect(evaluateRule(gcpComputeNetworkNotLegacy, withProps(network, { config: { name: 'prod-vpc', IPv4Range: '10.240.0.0/16', gatewayIPv4: '10.240.0.1' } }))).toMatchObject({
      status: 'unhealthy',
      message: 'network `prod-vpc` is a legacy network (range 10.240.0.0/16, no subnets)',
    })
  })
  it('is unknown without the resource document', () => {
    expect(evaluateRule(gcpComputeNetworkNotLegacy, withProps(network, { config: undefined })).status).toBe('unknown')
  })
})
