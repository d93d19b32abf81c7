import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule } from '../../testing/rule-harness.js'
import { gcpComputeNetworkNotDefault } from './gcp-compute-network-not-default.js'

const network = (name: string): NodeInput => ({
  id: `//compute.googleapis.com/projects/demo-proj/global/networks/${name}`,
  kind: 'gcp.compute.network',
  family: 'network',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name,
  props: { autoCreateSubnetworks: name === 'default', subnetworks: [] },
})

describe('gcp-compute-network-not-default', () => {
  it('is healthy for a custom network', () => {
    expect(evaluateRule(gcpComputeNetworkNotDefault, network('prod-vpc')).status).toBe('healthy')
  })
  it('is unhealthy for the default network', () => {
    expect(evaluateRule(gcpComputeNetworkNotDefault, network('default'))).toMatchObject({ status: 'unhealthy', message: "network `default` is the project's auto-created default network" })
  })
})
