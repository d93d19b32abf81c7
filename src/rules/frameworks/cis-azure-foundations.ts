/** @module CIS Microsoft Azure Foundations Benchmark v2.1.0: requirement → rule ids. */
import { defineFramework } from './framework.js'

export const CIS_AZURE_FOUNDATIONS = defineFramework({
  id: 'cis-azure-foundations-2-1',
  title: 'CIS Microsoft Azure Foundations Benchmark',
  version: '2.1.0',
  url: 'https://www.cisecurity.org/benchmark/azure',
  requirements: [
    { id: '3.1', title: 'Secure transfer required is set to Enabled', rules: ['azure-storage-account-https-only'] },
    { id: '3.7', title: 'Public access level is disabled for storage accounts with blob containers', rules: ['azure-storage-container-not-public', 'azure-storage-account-blob-public-access-disabled'] },
    { id: '3.15', title: 'Minimum TLS version for storage accounts is set to Version 1.2', rules: ['azure-storage-account-min-tls-version'] },
    { id: '4.1.2', title: 'No Azure SQL databases allow ingress from 0.0.0.0/0 (any IP)', rules: ['azure-database-server-firewall-any-ip'] },
    { id: '6.1', title: 'RDP access from the internet is evaluated and restricted', rules: ['azure-network-nsg-management-ports-open'] },
    { id: '6.2', title: 'SSH access from the internet is evaluated and restricted', rules: ['azure-network-nsg-management-ports-open', 'azure-network-nsg-any-any-inbound'] },
    { id: '8.5', title: 'The key vault is recoverable', rules: ['azure-keyvault-vault-purge-protection'] },
    { id: '3.2', title: 'Infrastructure Encryption for Storage Accounts is set to Enabled', rules: ['azure-storage-account-infrastructure-encryption'] },
    { id: '3.8', title: 'Default network access rule for storage accounts is set to deny', rules: ['azure-storage-account-network-default-deny'] },
    { id: '3.12', title: 'Storage for critical data is encrypted with customer managed keys', rules: ['azure-storage-account-customer-managed-key'] },
    { id: '8.1', title: 'Expiration date is set for all keys in RBAC key vaults', rules: ['azure-keyvault-key-expiration-set'] },
    { id: '8.2', title: 'Expiration date is set for all keys in non-RBAC key vaults', rules: ['azure-keyvault-key-expiration-set'] },
    { id: '8.3', title: 'Expiration date is set for all secrets in RBAC key vaults', rules: ['azure-keyvault-secret-expiration-set'] },
    { id: '8.4', title: 'Expiration date is set for all secrets in non-RBAC key vaults', rules: ['azure-keyvault-secret-expiration-set'] },
    { id: '8.6', title: 'Role-based access control is enabled for Azure Key Vault', rules: ['azure-keyvault-vault-rbac-authorization'] },
    { id: '8.7', title: 'Private endpoints are used for Azure Key Vault', rules: ['azure-keyvault-vault-network-restricted'] },
    { id: '8.8', title: 'Automatic key rotation is enabled within Azure Key Vault', rules: ['azure-keyvault-key-rotation-policy'] },
    { id: '4.1.3', title: 'Microsoft Entra authentication is configured for SQL servers', rules: ['azure-sql-server-entra-admin'] },
    { id: '4.3.1', title: 'Enforce SSL connection is enabled for PostgreSQL database server', rules: ['azure-database-server-tls-enforced'] },
    { id: '4.4.1', title: 'Enforce SSL connection is enabled for standard MySQL database server', rules: ['azure-database-server-tls-enforced'] },
    { id: '4.4.2', title: 'TLS version is set to TLSV1.2 (or higher) for MySQL flexible database server', rules: ['azure-database-server-tls-enforced'] },
    { id: '4.5.1', title: 'Cosmos DB firewalls and networks are limited to selected networks instead of all networks', rules: ['azure-cosmosdb-account-network-restricted'] },
    { id: '4.5.3', title: 'Cosmos DB uses Microsoft Entra ID client authentication and RBAC', rules: ['azure-cosmosdb-account-local-auth-disabled'] },
  ],
})
