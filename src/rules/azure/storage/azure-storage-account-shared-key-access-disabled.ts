/** @module azure-storage-account-shared-key-access-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureStorageAccountSharedKeyAccessDisabled = defineRule({
  id: 'azure-storage-account-shared-key-access-disabled',
  title: 'Storage account rejects shared key authorization',
  description:
    'The account keys give full control of every blob, file, queue and table, never expire, and leak through ' +
    'connection strings and SAS tokens signed with them. With shared key access off, every request needs ' +
    'Microsoft Entra ID, so access follows RBAC and is logged per identity.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'access-control'],
  remediation: {
    steps: [
      'Move applications to Microsoft Entra ID (managed identities, user delegation SAS).',
      'Then disallow shared key access on the account.',
    ],
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-shared-key-access false',
    terraform: 'shared_access_key_enabled = false',
  },
  target: { kinds: ['azure.storage.storageaccount'] },
  // The mapper reads an absent allowSharedKeyAccess as true, as ARM documents it.
  evaluate: (account) =>
    account.needBool('allowSharedKeyAccess')
      ? unhealthy(`storage account ${account.label} accepts requests signed with its account keys`)
      : healthy(`storage account ${account.label} accepts Microsoft Entra authorization only`),
})
