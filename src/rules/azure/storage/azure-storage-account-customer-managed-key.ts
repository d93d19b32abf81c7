/** @module azure-storage-account-customer-managed-key */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureStorageAccountCustomerManagedKey = defineRule({
  id: 'azure-storage-account-customer-managed-key',
  title: 'Storage account is encrypted with a customer-managed key',
  description:
    'With Microsoft-managed keys you cannot revoke access to the data at rest or prove key custody. A ' +
    'customer-managed key in Key Vault lets you rotate, audit and revoke it (crypto-shredding the data).',
  severity: 'low',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Give the account a managed identity with key permissions on a Key Vault key, and set the encryption key source to Key Vault.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --encryption-key-source Microsoft.Keyvault --encryption-key-vault <vault-uri> --encryption-key-name <key>',
    terraform: 'customer_managed_key {\n  key_vault_key_id          = azurerm_key_vault_key.storage.id\n  user_assigned_identity_id = azurerm_user_assigned_identity.storage.id\n}',
  },
  target: { kinds: ['azure.storage.storageaccount'] },
  evaluate: (account) => {
    const source = account.needStr('encryptionKeySource')
    return source.toLowerCase() === 'microsoft.keyvault'
      ? healthy(`storage account ${account.label} is encrypted with a customer-managed key`)
      : unhealthy(`storage account ${account.label} is encrypted with Microsoft-managed keys (${source})`)
  },
})
