import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeFirewallAllPortsOpenToInternet } from './gcp-compute-firewall-all-ports-open-to-internet.js'

const firewall: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/global/firewalls/allow-web',
  kind: 'gcp.compute.firewall',
  family: 'network-security-group',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'allow-web',
  props: {
    direction: 'ingress',
    action: 'allow',
    allowed: [{ protocol: 'tcp', ports: ['443'], portRanges: [{ from: 443, to: 443 }] }],
    denied: [],
    sourceRanges: ['0.0.0.0/0'],
    targetTags: ['web'],
    appliesToAllInstances: false,
    disabled: false,
  },
}

describe('gcp-compute-firewall-all-ports-open-to-internet', () => {
  it('is healthy when only 443 is open to the internet', () => {
    expect(evaluateRule(gcpComputeFirewallAllPortsOpenToInternet, firewall).status).toBe('healthy')
  })
  it('is healthy when every port is open to a private range only', () => {
    const internal = withProps(firewall, { sourceRanges: ['10.0.0.0/8'], allowed: [{ protocol: 'all', ports: [], portRanges: [{ from: 0, to: 65535 }] }] })
    expect(evaluateRule(gcpComputeFirewallAllPortsOpenToInternet, internal).status).toBe('healthy')
  })
  it('is unhealthy when all protocols are open to 0.0.0.0/0 on every instance', () => {
    const open = withProps(firewall, { allowed: [{ protocol: 'all', ports: [], portRanges: [{ from: 0, to: 65535 }] }], targetTags: [], appliesToAllInstances: true })
    expect(evaluateRule(gcpComputeFirewallAllPortsOpenToInternet, open)).toMatchObject({
      status: 'unhealthy',
      message: 'firewall rule `allow-web` allows all traffic from 0.0.0.0/0 to every instance of its network',
    })
  })
  it('is unhealthy for tcp 1-65535', () => {
    const open = withProps(firewall, { allowed: [{ protocol: 'tcp', ports: ['1-65535'], portRanges: [{ from: 1, to: 65535 }] }] })
    expect(evaluateRule(gcpComputeFirewallAllPortsOpenToInternet, open).status).toBe('unhealthy')
  })
  it('is not applicable to egress rules', () => {
    expect(evaluateRule(gcpComputeFirewallAllPortsOpenToInternet, withProps(firewall, { direction: 'egress' })).status).toBe('not-applicable')
  })
  it('is unknown when the allowed list is not in the input', () => {
    expect(evaluateRule(gcpComputeFirewallAllPortsOpenToInternet, withProps(firewall, { allowed: undefined })).status).toBe('unknown')
  })
})
