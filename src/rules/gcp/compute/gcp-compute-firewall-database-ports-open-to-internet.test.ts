import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeFirewallDatabasePortsOpenToInternet } from './gcp-compute-firewall-database-ports-open-to-internet.js'

const allow = (from: number, to: number) => ({ protocol: 'tcp', ports: [from === to ? String(from) : `${from}-${to}`], portRanges: [{ from, to }] })
const firewall: NodeInput = {
  id: '//compute.googleapis.com/projects/demo-proj/global/firewalls/allow-db',
  kind: 'gcp.compute.firewall',
  family: 'network-security-group',
  provider: 'gcp',
  scope: '//cloudresourcemanager.googleapis.com/projects/123456789012',
  name: 'allow-db',
  props: { direction: 'ingress', action: 'allow', allowed: [allow(5432, 5432)], denied: [], sourceRanges: ['10.10.0.0/16'], disabled: false },
}

describe('gcp-compute-firewall-database-ports-open-to-internet', () => {
  it('is healthy when PostgreSQL is only open to a private range', () => {
    expect(evaluateRule(gcpComputeFirewallDatabasePortsOpenToInternet, firewall).status).toBe('healthy')
  })
  it('is healthy when only 443 is open to the internet', () => {
    expect(evaluateRule(gcpComputeFirewallDatabasePortsOpenToInternet, withProps(firewall, { sourceRanges: ['0.0.0.0/0'], allowed: [allow(443, 443)] })).status).toBe('healthy')
  })
  it('is unhealthy when PostgreSQL is open to 0.0.0.0/0, naming the engine', () => {
    expect(evaluateRule(gcpComputeFirewallDatabasePortsOpenToInternet, withProps(firewall, { sourceRanges: ['0.0.0.0/0'] }))).toMatchObject({
      status: 'unhealthy',
      message: 'firewall rule `allow-db` allows database ports 5432 (PostgreSQL) from the internet',
    })
  })
  it('is unhealthy for a range that spans several engines', () => {
    expect(evaluateRule(gcpComputeFirewallDatabasePortsOpenToInternet, withProps(firewall, { sourceRanges: ['0.0.0.0/0'], allowed: [allow(3000, 7000)] }))).toMatchObject({
      status: 'unhealthy',
      details: { ports: ['3306 (MySQL)', '5432 (PostgreSQL)', '5984 (CouchDB)', '6379 (Redis)', '7000 (Cassandra)'] },
    })
  })
  it('is not applicable to a disabled rule', () => {
    expect(evaluateRule(gcpComputeFirewallDatabasePortsOpenToInternet, withProps(firewall, { disabled: true })).status).toBe('not-applicable')
  })
  it('is unknown without source ranges', () => {
    expect(evaluateRule(gcpComputeFirewallDatabasePortsOpenToInternet, withProps(firewall, { sourceRanges: undefined })).status).toBe('unknown')
  })
})
