import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureKeyvaultVaultPurgeProtection } from './azure-keyvault-vault-purge-protection.js'

const vault: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-sec/providers/microsoft.keyvault/vaults/kv-demo',
  kind: 'azure.keyvault.vault',
  family: 'secret-store',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'kv-demo',
  props: { armType: 'microsoft.keyvault/vaults', rbacAuthorization: true, softDeleteEnabled: true, softDeleteRetentionInDays: 90, purgeProtection: true },
}

describe('azure-keyvault-vault-purge-protection', () => {
  it('is healthy with purge protection', () => {
    expect(evaluateRule(azureKeyvaultVaultPurgeProtection, vault).status).toBe('healthy')
  })
  it('is unhealthy without purge protection', () => {
    expect(evaluateRule(azureKeyvaultVaultPurgeProtection, withProps(vault, { purgeProtection: false }))).toMatchObject({ status: 'unhealthy', message: 'vault `kv-demo` can be purged immediately (purge protection off, soft delete on)' })
  })
  it('is unknown when the setting was not exported', () => {
    expect(evaluateRule(azureKeyvaultVaultPurgeProtection, withProps(vault, { purgeProtection: undefined })).status).toBe('unknown')
  })
})
