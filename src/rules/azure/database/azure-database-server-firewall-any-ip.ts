/** @module azure-database-server-firewall-any-ip */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

const FIREWALL_RULE_KINDS = ['azure.sql.firewallrule', 'azure.dbforpostgresql.firewallrule', 'azure.dbformysql.firewallrule']

export const azureDatabaseServerFirewallAnyIp = defineRule({
  id: 'azure-database-server-firewall-any-ip',
  title: 'Database server firewall does not admit every IP address (0.0.0.0–255.255.255.255)',
  description:
    'A server-level firewall rule from 0.0.0.0 to 255.255.255.255 opens the SQL, PostgreSQL or MySQL endpoint to the ' +
    'whole internet; only the login stands between an attacker and the data.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'data-exposure'],
  remediation: {
    steps: [
      'Delete the rule; allow the application subnets through private endpoints or virtual network rules instead.',
      'Disable public network access when nothing outside Azure needs the server.',
    ],
    cli: 'az sql server firewall-rule delete --server <server> --resource-group <rg> --name <rule>',
  },
  target: {
    kinds: ['azure.sql.server', 'azure.dbforpostgresql.flexibleserver', 'azure.dbforpostgresql.server', 'azure.dbformysql.flexibleserver', 'azure.dbformysql.server'],
  },
  evaluate: (server) => {
    if (server.str('publicNetworkAccess') === 'disabled') return notApplicable(`server ${server.label} has public network access disabled`)
    const open = server.neighbours('out', 'protected-by', FIREWALL_RULE_KINDS).filter((rule) => rule.bool('allowsAnyIp') === true)
    return open.length === 0
      ? healthy(`server ${server.label} has no firewall rule admitting every address`)
      : unhealthy(`server ${server.label} admits every IP address by firewall rule ${open.map((r) => r.label).join(', ')}`)
  },
})
