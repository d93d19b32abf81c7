/** @module azure-database-server-public-network-access-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureDatabaseServerPublicNetworkAccessDisabled = defineRule({
  id: 'azure-database-server-public-network-access-disabled',
  title: 'PostgreSQL/MySQL server is not reachable on a public endpoint',
  description:
    'A server with public network access answers every address its firewall rules allow; one broad rule exposes ' +
    'the database to password guessing from the internet. VNet integration or private endpoints keep it private.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Use private access (VNet integration) or private endpoints, then disable public network access.'],
    cli: 'az postgres flexible-server update --name <server> --resource-group <rg> --public-access Disabled',
    terraform: 'public_network_access_enabled = false',
  },
  target: {
    kinds: ['azure.dbforpostgresql.flexibleserver', 'azure.dbforpostgresql.server', 'azure.dbformysql.flexibleserver', 'azure.dbformysql.server'],
  },
  evaluate: (server) =>
    server.needStr('publicNetworkAccess') === 'disabled'
      ? healthy(`server ${server.label} has public network access disabled`)
      : unhealthy(`server ${server.label} accepts connections on its public endpoint`),
})
