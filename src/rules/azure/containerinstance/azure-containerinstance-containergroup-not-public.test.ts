import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureContainerinstanceContainergroupNotPublic } from './azure-containerinstance-containergroup-not-public.js'

const group: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-jobs/providers/microsoft.containerinstance/containergroups/aci-report',
  kind: 'azure.containerinstance.containergroup',
  family: 'container',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'aci-report',
  props: { armType: 'microsoft.containerinstance/containergroups', osType: 'linux', ipAddressType: 'private', isPublic: false, ports: [8080], images: [] },
}

describe('azure-containerinstance-containergroup-not-public', () => {
  it('is healthy with a private IP', () => {
    expect(evaluateRule(azureContainerinstanceContainergroupNotPublic, group).status).toBe('healthy')
  })
  it('is unhealthy with a public IP, naming address and ports', () => {
    const open = withProps(group, { ipAddressType: 'public', isPublic: true, ipAddress: '203.0.113.7' })
    expect(evaluateRule(azureContainerinstanceContainergroupNotPublic, open)).toMatchObject({ status: 'unhealthy', message: 'container group `aci-report` is public at 203.0.113.7 on port 8080' })
  })
})
