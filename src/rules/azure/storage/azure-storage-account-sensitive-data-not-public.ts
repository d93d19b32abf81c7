/** @module azure-storage-account-sensitive-data-not-public */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const azureStorageAccountSensitiveDataNotPublic = defineRule({
  id: 'azure-storage-account-sensitive-data-not-public',
  title: 'Storage account holding sensitive data has no anonymously readable container',
  description:
    'A storage account classified as holding sensitive data whose containers anyone can read leaks that data to the ' +
    'internet. Accounts without sensitive data are left to azure-storage-account-blob-public-access-disabled.',
  severity: 'critical',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Set the public access level of every container to Private and disable anonymous blob access on the account.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
  },
  target: { kinds: ['azure.storage.storageaccount'] },
  evaluate: (account) => {
    const sensitive = account.sensitiveData()
    if (sensitive === undefined) return notApplicable(`storage account ${account.label} holds no data classified as sensitive`)
    return account.hasInsight('allows-public-access')
      ? unhealthy(`storage account ${account.label} holds sensitive data (${sensitive}) in anonymously readable containers`)
      : healthy(`storage account ${account.label} holds sensitive data and is not public`)
  },
})
