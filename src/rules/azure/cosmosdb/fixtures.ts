/** @module A Cosmos DB account as the Azure Resource Graph reader maps it (providers/azure/mappers/databases.ts), for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const COSMOS_ACCOUNT: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-data/providers/microsoft.documentdb/databaseaccounts/cosmos-demo',
  kind: 'azure.documentdb.databaseaccount',
  family: 'managed-database',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'cosmos-demo',
  props: {
    armType: 'microsoft.documentdb/databaseaccounts', publicNetworkAccess: 'enabled', ipRules: ['192.0.2.0/24'], virtualNetworkFilterEnabled: false,
    virtualNetworkRuleIds: [], localAuthDisabled: true,
  },
}
