/** @module azure-sql-server-public-network-access-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureSqlServerPublicNetworkAccessDisabled = defineRule({
  id: 'azure-sql-server-public-network-access-disabled',
  title: 'Azure SQL server is reachable through private endpoints only',
  description:
    'With public network access on, the server answers on its public endpoint to every address its firewall rules ' +
    'allow, and one over-broad rule exposes every database on it. Private endpoints keep traffic inside your networks.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Create private endpoints for the clients\' virtual networks, then deny public network access on the server.'],
    cli: 'az sql server update --name <server> --resource-group <rg> --enable-public-network false',
    terraform: 'public_network_access_enabled = false',
  },
  target: { kinds: ['azure.sql.server'] },
  evaluate: (server) =>
    server.needStr('publicNetworkAccess') === 'disabled'
      ? healthy(`server ${server.label} has public network access disabled`)
      : unhealthy(`server ${server.label} accepts connections on its public endpoint`),
})
