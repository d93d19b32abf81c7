/** @module A storage account node as the Azure Resource Graph reader maps it, for the storage rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

export const STORAGE_ACCOUNT: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-data/providers/microsoft.storage/storageaccounts/stdemo',
  kind: 'azure.storage.storageaccount',
  family: 'object-storage',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'stdemo',
  props: {
    armType: 'microsoft.storage/storageaccounts',
    resourceGroup: 'rg-data',
    publicNetworkAccess: 'enabled',
    allowBlobPublicAccess: false,
    networkDefaultAction: 'deny',
    minimumTlsVersion: 'TLS1_2',
    httpsOnly: true,
    allowSharedKeyAccess: false,
    allowCrossTenantReplication: false,
    encryptionKeySource: 'Microsoft.Keyvault',
    infrastructureEncryption: true,
  },
}

export const BLOB_CONTAINER: NodeInput = {
  id: `${STORAGE_ACCOUNT.id}/blobservices/default/containers/invoices`,
  kind: 'azure.storage.blobcontainer',
  family: 'object-storage',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'invoices',
  props: { armType: 'microsoft.storage/storageaccounts/blobservices/containers', publicAccess: 'none', isPublic: false, storageAccountId: STORAGE_ACCOUNT.id },
}
