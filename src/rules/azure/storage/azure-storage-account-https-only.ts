/** @module azure-storage-account-https-only */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureStorageAccountHttpsOnly = defineRule({
  id: 'azure-storage-account-https-only',
  title: 'Storage account accepts secure transfer (HTTPS) only',
  description: 'Without "secure transfer required" the account accepts HTTP requests, sending data and SAS tokens in clear.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['In the storage account Configuration blade set "Secure transfer required" to Enabled.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --https-only true',
    terraform: 'https_traffic_only_enabled = true',
  },
  target: { kinds: ['azure.storage.storageaccount'] },
  evaluate: (account) =>
    account.needBool('httpsOnly')
      ? healthy(`storage account ${account.label} requires HTTPS`)
      : unhealthy(`storage account ${account.label} accepts HTTP (supportsHttpsTrafficOnly is false)`),
})
