/** @module azure-keyvault-vault-network-restricted */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

export const azureKeyvaultVaultNetworkRestricted = defineRule({
  id: 'azure-keyvault-vault-network-restricted',
  title: 'Key Vault is not reachable from every network',
  description:
    'A vault with public network access on and the firewall default action Allow answers from any address: a ' +
    'stolen token of an identity with access reads the secrets from anywhere. Private endpoints or a firewall ' +
    'that denies by default confine use to known networks.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Connect clients through a private endpoint and disable public network access, or',
      'set the firewall default action to Deny with the needed virtual network and IP rules.',
    ],
    cli: 'az keyvault update --name <vault> --resource-group <rg> --default-action Deny',
    terraform: 'network_acls {\n  default_action = "Deny"\n  bypass         = "AzureServices"\n}',
  },
  target: { kinds: ['azure.keyvault.vault'] },
  evaluate: (vault) => {
    if (vault.str('publicNetworkAccess') === 'disabled') return healthy(`vault ${vault.label} has public network access disabled`)
    // ARM omits networkAcls on vaults that never configured a firewall: they allow every network.
    const action = text(vault.obj('networkAcls')?.['defaultAction'], 'allow')
    return action === 'deny'
      ? healthy(`vault ${vault.label} denies network access by default`)
      : unhealthy(`vault ${vault.label} accepts connections from any network`)
  },
})
