/** @module azure-storage-account-blob-public-access-disabled */
import { defineRule, healthy, texts, unhealthy } from '../../rule-kit.js'

export const azureStorageAccountBlobPublicAccessDisabled = defineRule({
  id: 'azure-storage-account-blob-public-access-disabled',
  title: 'Storage account does not allow anonymous blob access',
  description:
    'With "Allow Blob anonymous access" on, any container can be switched to public read; containers already set to ' +
    'blob or container access are readable by anyone who knows the URL.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Set "Allow Blob anonymous access" to Disabled on the account; serve public files through a CDN with a SAS or private origin.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-blob-public-access false',
    terraform: 'allow_nested_items_to_be_public = false',
  },
  target: { kinds: ['azure.storage.storageaccount'] },
  evaluate: (account) => {
    const allowed = account.bool('allowBlobPublicAccess')
    // Accounts created before 2023-11 default to allowed when the property is absent.
    if (allowed === false) return healthy(`storage account ${account.label} forbids anonymous blob access`)
    const publicInsight = account.insight('allows-public-access')
    const containers = texts(publicInsight?.params['containers'])
    const which = containers.length > 0 ? `; public containers: ${containers.join(', ')}` : ''
    return allowed === true
      ? unhealthy(`storage account ${account.label} allows anonymous blob access${which}`)
      : unhealthy(`storage account ${account.label} does not set allowBlobPublicAccess, which defaults to allowed on older accounts${which}`)
  },
})
