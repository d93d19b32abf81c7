import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureDatabaseServerFirewallAnyIp } from './azure-database-server-firewall-any-ip.js'

const serverId = '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-data/providers/microsoft.dbforpostgresql/flexibleservers/psql-demo'
const server: NodeInput = {
  id: serverId,
  kind: 'azure.dbforpostgresql.flexibleserver',
  family: 'managed-database',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'psql-demo',
  props: { armType: 'microsoft.dbforpostgresql/flexibleservers', publicNetworkAccess: 'enabled', passwordAuthEnabled: true },
}
const firewallRule = (name: string, start: string, end: string): NodeInput => ({
  id: `${serverId}/firewallrules/${name.toLowerCase()}`,
  kind: 'azure.dbforpostgresql.firewallrule',
  family: 'network-security-group',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: `psql-demo/${name}`,
  props: { startIpAddress: start, endIpAddress: end, allowsAzureServices: start === '0.0.0.0' && end === '0.0.0.0', allowsAnyIp: start === '0.0.0.0' && end === '255.255.255.255', serverId },
})
const around = (rule: NodeInput) => ({ nodes: [rule], edges: [{ from: serverId, to: rule.id, kind: 'protected-by' as const }] })

describe('azure-database-server-firewall-any-ip', () => {
  it('is healthy when its firewall rules admit specific ranges', () => {
    expect(evaluateRule(azureDatabaseServerFirewallAnyIp, server, around(firewallRule('office', '192.0.2.0', '192.0.2.255'))).status).toBe('healthy')
  })
  it('is unhealthy when a firewall rule admits every address, naming it', () => {
    expect(evaluateRule(azureDatabaseServerFirewallAnyIp, server, around(firewallRule('AllowAll', '0.0.0.0', '255.255.255.255')))).toMatchObject({
      status: 'unhealthy',
      message: 'server `psql-demo` admits every IP address by firewall rule `psql-demo/AllowAll`',
    })
  })
  it('is not applicable when public network access is disabled', () => {
    const closed = withProps(server, { publicNetworkAccess: 'disabled' })
    expect(evaluateRule(azureDatabaseServerFirewallAnyIp, closed, around(firewallRule('AllowAll', '0.0.0.0', '255.255.255.255'))).status).toBe('not-applicable')
  })
})
