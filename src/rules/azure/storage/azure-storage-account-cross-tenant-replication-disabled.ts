/** @module azure-storage-account-cross-tenant-replication-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureStorageAccountCrossTenantReplicationDisabled = defineRule({
  id: 'azure-storage-account-cross-tenant-replication-disabled',
  title: 'Storage account does not replicate objects to other tenants',
  description:
    'Object replication across Microsoft Entra tenants lets someone with write access on the account copy every ' +
    'new blob continuously to an account outside your organization, a quiet exfiltration channel.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Review the object replication policies of the account, then disallow cross-tenant replication.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-cross-tenant-replication false',
    terraform: 'cross_tenant_replication_enabled = false',
  },
  target: { kinds: ['azure.storage.storageaccount'] },
  // Accounts created before December 2023 allow it when the property is absent.
  evaluate: (account) =>
    account.bool('allowCrossTenantReplication') === false
      ? healthy(`storage account ${account.label} refuses cross-tenant object replication`)
      : unhealthy(`storage account ${account.label} allows object replication to other tenants`),
})
