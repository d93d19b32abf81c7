/** @module azure-cosmosdb-account-network-restricted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureCosmosdbAccountNetworkRestricted = defineRule({
  id: 'azure-cosmosdb-account-network-restricted',
  title: 'Cosmos DB account accepts connections from selected networks only',
  description:
    'Without IP rules, virtual network rules or private endpoints, the account endpoint answers requests from any ' +
    'address: a leaked key or token works from anywhere on the internet.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Add IP and virtual network rules (or private endpoints) for the legitimate clients, or disable public network access.'],
    cli: 'az cosmosdb update --name <account> --resource-group <rg> --ip-range-filter <cidr> --enable-virtual-network true',
    terraform: 'ip_range_filter                   = ["203.0.113.0/24"]\nis_virtual_network_filter_enabled = true',
  },
  target: { kinds: ['azure.documentdb.databaseaccount'] },
  evaluate: (account) => {
    if (account.str('publicNetworkAccess') === 'disabled') return healthy(`account ${account.label} has public network access disabled`)
    const ips = account.strings('ipRules') ?? []
    const vnets = account.strings('virtualNetworkRuleIds') ?? []
    if (ips.length > 0 || (account.bool('virtualNetworkFilterEnabled') === true && vnets.length > 0)) {
      return healthy(`account ${account.label} accepts ${String(ips.length)} IP range(s) and ${String(vnets.length)} virtual network(s) only`)
    }
    return unhealthy(`account ${account.label} accepts connections from all networks`)
  },
})
