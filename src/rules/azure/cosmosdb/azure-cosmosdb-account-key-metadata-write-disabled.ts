/** @module azure-cosmosdb-account-key-metadata-write-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureCosmosdbAccountKeyMetadataWriteDisabled = defineRule({
  id: 'azure-cosmosdb-account-key-metadata-write-disabled',
  title: 'Cosmos DB account keys cannot change databases and containers',
  description:
    'By default an account key can also create, change and delete databases and containers (and their throughput ' +
    'and indexing). Turning off key-based metadata writes keeps those changes to Azure RBAC and the control plane, ' +
    'where they are authorized per identity and logged.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['access-control'],
  remediation: {
    steps: ['Move metadata changes (databases, containers, throughput) to ARM/Bicep/Terraform, then disable key-based metadata write access.'],
    cli: 'az cosmosdb update --name <account> --resource-group <rg> --disable-key-based-metadata-write-access true',
    terraform: 'access_key_metadata_writes_enabled = false',
  },
  target: { kinds: ['azure.documentdb.databaseaccount'] },
  evaluate: (account) => {
    if (account.bool('localAuthDisabled') === true) return healthy(`account ${account.label} accepts no keys at all`)
    return account.bool('keyBasedMetadataWriteAccessDisabled') === true
      ? healthy(`account ${account.label} keys cannot change databases and containers`)
      : unhealthy(`account ${account.label} keys can create and delete databases and containers`)
  },
})
