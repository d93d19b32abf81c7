/** @module azure-storage-account-network-default-deny */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureStorageAccountNetworkDefaultDeny = defineRule({
  id: 'azure-storage-account-network-default-deny',
  title: 'Storage account denies network access by default',
  description:
    'With the default network action Allow, the account endpoints answer requests from any address; a leaked key ' +
    'or SAS token works from anywhere. Deny by default, with virtual network rules, IP rules or private ' +
    'endpoints for the legitimate clients, keeps stolen credentials useless outside those networks.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Add the needed virtual network and IP rules (or private endpoints), then set the default action to Deny.'],
    cli: 'az storage account update --name <account> --resource-group <rg> --default-action Deny',
    terraform: 'network_rules {\n  default_action = "Deny"\n}',
  },
  target: { kinds: ['azure.storage.storageaccount'] },
  evaluate: (account) => {
    if (account.str('publicNetworkAccess') === 'disabled') return healthy(`storage account ${account.label} has public network access disabled`)
    const action = account.needStr('networkDefaultAction').toLowerCase()
    return action === 'deny'
      ? healthy(`storage account ${account.label} denies network access by default`)
      : unhealthy(`storage account ${account.label} accepts connections from any network`)
  },
})
