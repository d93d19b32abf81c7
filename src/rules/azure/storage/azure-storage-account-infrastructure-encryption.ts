/** @module azure-storage-account-infrastructure-encryption */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureStorageAccountInfrastructureEncryption = defineRule({
  id: 'azure-storage-account-infrastructure-encryption',
  title: 'Storage account encrypts data twice (infrastructure encryption)',
  description:
    'Infrastructure encryption adds a second layer of AES-256 encryption at the infrastructure level with a ' +
    'different key and algorithm mode, so one compromised key or algorithm does not expose the data.',
  severity: 'low',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Infrastructure encryption is set at creation: create a new account with it enabled and copy the data (AzCopy, object replication).'],
    cli: 'az storage account create --name <account> --resource-group <rg> --require-infrastructure-encryption',
    terraform: 'infrastructure_encryption_enabled = true',
  },
  target: { kinds: ['azure.storage.storageaccount'] },
  // ARM omits requireInfrastructureEncryption on accounts created without it.
  evaluate: (account) =>
    account.bool('infrastructureEncryption') === true
      ? healthy(`storage account ${account.label} uses infrastructure encryption`)
      : unhealthy(`storage account ${account.label} encrypts data with a single layer only`),
})
