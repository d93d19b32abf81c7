/** @module Key Vault nodes as the Azure Resource Graph reader maps them, for the Key Vault rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

const SUBSCRIPTION = '/subscriptions/00000000-0000-4000-8000-000000000001'
const VAULT_ID = `${SUBSCRIPTION}/resourcegroups/rg-sec/providers/microsoft.keyvault/vaults/kv-demo`
const IN_A_YEAR = Math.floor(Date.now() / 1000) + 365 * 24 * 3600

export const VAULT: NodeInput = {
  id: VAULT_ID,
  kind: 'azure.keyvault.vault',
  family: 'secret-store',
  provider: 'azure',
  scope: SUBSCRIPTION,
  name: 'kv-demo',
  props: {
    armType: 'microsoft.keyvault/vaults', rbacAuthorization: true, accessPolicies: [], softDeleteEnabled: true, purgeProtection: true,
    publicNetworkAccess: 'enabled', networkAcls: { defaultAction: 'deny', bypass: 'AzureServices', ipRules: ['192.0.2.0/24'], virtualNetworkRuleIds: [] }, privateEndpointCount: 0,
  },
}

export const VAULT_SECRET: NodeInput = {
  id: `${VAULT_ID}/secrets/db-password`,
  kind: 'azure.keyvault.secret',
  family: 'secret',
  provider: 'azure',
  scope: SUBSCRIPTION,
  name: 'db-password',
  props: { armType: 'microsoft.keyvault/vaults/secrets', vaultId: VAULT_ID, enabled: true, expires: IN_A_YEAR },
}

export const VAULT_KEY: NodeInput = {
  id: `${VAULT_ID}/keys/storage-cmk`,
  kind: 'azure.keyvault.key',
  family: 'kms-key',
  provider: 'azure',
  scope: SUBSCRIPTION,
  name: 'storage-cmk',
  props: {
    armType: 'microsoft.keyvault/vaults/keys', vaultId: VAULT_ID, enabled: true, expires: IN_A_YEAR, keyType: 'RSA',
    rotationPolicy: { lifetimeActions: [{ trigger: { timeAfterCreate: 'P90D' }, action: { type: 'Rotate' } }], attributes: { expiryTime: 'P1Y' } },
  },
}
