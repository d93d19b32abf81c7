/** @module azure-cosmosdb-account-local-auth-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureCosmosdbAccountLocalAuthDisabled = defineRule({
  id: 'azure-cosmosdb-account-local-auth-disabled',
  title: 'Cosmos DB account accepts Microsoft Entra authentication only',
  description:
    'Account primary keys give full read-write access to all data, never expire and are shared through ' +
    'connection strings. Disabling local authentication forces Entra identities and data-plane RBAC.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Grant applications Cosmos DB data-plane roles on their managed identities, then disable local (key) authentication.'],
    cli: 'az resource update --ids <account-id> --set properties.disableLocalAuth=true',
    terraform: 'local_authentication_disabled = true',
  },
  target: { kinds: ['azure.documentdb.databaseaccount'] },
  // ARM omits disableLocalAuth until it is set: keys are accepted.
  evaluate: (account) =>
    account.bool('localAuthDisabled') === true
      ? healthy(`account ${account.label} accepts Microsoft Entra authentication only`)
      : unhealthy(`account ${account.label} accepts its account keys`),
})
