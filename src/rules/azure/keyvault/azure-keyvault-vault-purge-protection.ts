/** @module azure-keyvault-vault-purge-protection */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureKeyvaultVaultPurgeProtection = defineRule({
  id: 'azure-keyvault-vault-purge-protection',
  title: 'Key Vault has purge protection enabled',
  description:
    'Without purge protection a deleted vault or secret can be purged at once, by mistake or by an attacker with ' +
    'access, and the keys that encrypt your data are gone for good.',
  severity: 'medium',
  control: 'implement-security-best-practices',
  categories: ['resilience'],
  remediation: {
    steps: ['Enable purge protection on the vault (it cannot be turned off again).'],
    cli: 'az keyvault update --name <vault> --enable-purge-protection true',
    terraform: 'purge_protection_enabled = true',
  },
  target: { kinds: ['azure.keyvault.vault'] },
  evaluate: (vault) =>
    vault.needBool('purgeProtection')
      ? healthy(`vault ${vault.label} has purge protection`)
      : unhealthy(`vault ${vault.label} can be purged immediately (purge protection off, soft delete ${vault.bool('softDeleteEnabled') === false ? 'off' : 'on'})`),
})
