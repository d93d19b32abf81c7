/** @module azure-keyvault-vault-rbac-authorization */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureKeyvaultVaultRbacAuthorization = defineRule({
  id: 'azure-keyvault-vault-rbac-authorization',
  title: 'Key Vault uses Azure RBAC for data-plane access',
  description:
    'Vault access policies grant whole permission sets per vault, cannot be scoped to one secret, are managed by ' +
    'anyone with Contributor on the vault, and escape Privileged Identity Management. Azure RBAC gives per-item ' +
    'scopes, PIM and one place to review access.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['access-control'],
  remediation: {
    steps: [
      'Grant the existing access-policy holders matching Key Vault RBAC roles (Key Vault Secrets User, Crypto User, …).',
      'Switch the vault permission model to Azure role-based access control.',
    ],
    cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-rbac-authorization true',
    terraform: 'enable_rbac_authorization = true',
  },
  target: { kinds: ['azure.keyvault.vault'] },
  evaluate: (vault) => {
    if (vault.needBool('rbacAuthorization')) return healthy(`vault ${vault.label} uses Azure RBAC`)
    const policies = vault.objects('accessPolicies')?.length ?? 0
    return unhealthy(`vault ${vault.label} uses access policies (${String(policies)}) instead of Azure RBAC`)
  },
})
