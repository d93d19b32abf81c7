import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeFirewallRdpOpenToInternet } from './gcp-compute-firewall-rdp-open-to-internet.js'

const allow = (from: number, to: number, protocol = 'tcp') => ({ protocol, ports: [String(from)], portRanges: [{ from, to }] })
const firewall: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/global/firewalls/allow-admin',
  kind: 'gcp.compute.firewall',
  family: 'network-security-group',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'allow-admin',
  props: {
    direction: 'ingress',
    priority: 1000,
    action: 'allow',
    allowed: [allow(3389, 3389)],
    denied: [],
    sourceRanges: ['10.0.0.0/8'],
    targetTags: ['admin'],
    appliesToAllInstances: false,
    disabled: false,
  },
}

describe('gcp-compute-firewall-rdp-open-to-internet', () => {
  it('is healthy when port 3389 is only open to a private range', () => {
    expect(evaluateRule(gcpComputeFirewallRdpOpenToInternet, firewall).status).toBe('healthy')
  })
  it('is unhealthy when port 3389 is open to 0.0.0.0/0', () => {
    expect(evaluateRule(gcpComputeFirewallRdpOpenToInternet, withProps(firewall, { sourceRanges: ['0.0.0.0/0'] }))).toMatchObject({
      status: 'unhealthy',
      message: 'firewall rule `allow-admin` allows RDP from 0.0.0.0/0 to its target instances',
    })
  })
  it('is unhealthy when all protocols are open to 0.0.0.0/0', () => {
    const open = withProps(firewall, { sourceRanges: ['0.0.0.0/0'], allowed: [allow(0, 65535, 'all')] })
    expect(evaluateRule(gcpComputeFirewallRdpOpenToInternet, open).status).toBe('unhealthy')
  })
  it('is not applicable when disabled', () => {
    expect(evaluateRule(gcpComputeFirewallRdpOpenToInternet, withProps(firewall, { sourceRanges: ['0.0.0.0/0'], disabled: true })).status).toBe('not-applicable')
  })
  it('is unknown when the source ranges were not exported', () => {
    expect(evaluateRule(gcpComputeFirewallRdpOpenToInternet, withProps(firewall, { sourceRanges: undefined })).status).toBe('unknown')
  })
})
