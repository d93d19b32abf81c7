/** @module azure-sql-managedinstance-public-endpoint-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureSqlManagedinstancePublicEndpointDisabled = defineRule({
  id: 'azure-sql-managedinstance-public-endpoint-disabled',
  title: 'SQL managed instance has no public data endpoint',
  description:
    'The public data endpoint (port 3342) makes the instance reachable from the internet, limited only by its ' +
    'subnet NSG; the instance is meant to be reached from inside its virtual network.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Disable the public data endpoint; reach the instance through its VNet-local endpoint, peering or a private endpoint.'],
    cli: 'az sql mi update --name <instance> --resource-group <rg> --public-data-endpoint-enabled false',
    terraform: 'public_data_endpoint_enabled = false',
  },
  target: { kinds: ['azure.sql.managedinstance'] },
  evaluate: (instance) =>
    instance.needBool('publicDataEndpointEnabled')
      ? unhealthy(`managed instance ${instance.label} has its public data endpoint enabled`)
      : healthy(`managed instance ${instance.label} has no public data endpoint`),
})
