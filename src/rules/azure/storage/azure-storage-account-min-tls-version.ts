/** @module azure-storage-account-min-tls-version */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

const ACCEPTED = new Set(['TLS1_2', 'TLS1_3'])

export const azureStorageAccountMinTlsVersion = defineRule({
  id: 'azure-storage-account-min-tls-version',
  title: 'Storage account requires TLS 1.2 or newer',
  description: 'TLS 1.0 and 1.1 have known weaknesses and are retired; the account should refuse them.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Set the minimum TLS version of the account to TLS 1.2.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --min-tls-version TLS1_2',
    terraform: 'min_tls_version = "TLS1_2"',
  },
  target: { kinds: ['azure.storage.storageaccount'] },
  evaluate: (account) => {
    // Absent means the service default, TLS 1.0, on accounts created before the default changed.
    const version = account.str('minimumTlsVersion') ?? 'TLS1_0'
    return ACCEPTED.has(version)
      ? healthy(`storage account ${account.label} requires ${version}`)
      : unhealthy(`storage account ${account.label} accepts ${version}`)
  },
})
