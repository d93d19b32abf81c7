/** @module azure-network-nsg-management-ports-open */
import { RDP_PORT, SSH_PORT, defineRule, healthy, text, unhealthy } from '../../rule-kit.js'
import { inboundRules, internetAllowOn } from './nsg-rules.js'

export const azureNetworkNsgManagementPortsOpen = defineRule({
  id: 'azure-network-nsg-management-ports-open',
  title: 'Network security group does not allow SSH or RDP from the internet',
  description:
    'An NSG rule that admits any source (*, Internet, 0.0.0.0/0) on 22 or 3389 exposes every VM behind it to brute ' +
    'force and exploits of the management service. Evaluated by priority, as Azure does: a deny placed earlier wins.',
  severity: 'high',
  control: 'secure-management-ports',
  categories: ['network-exposure'],
  remediation: {
    steps: [
      'Delete the rule or restrict its source to administrator ranges.',
      'Use Azure Bastion or just-in-time VM access for management sessions.',
    ],
    cli: 'az network nsg rule update --nsg-name <nsg> --resource-group <rg> --name <rule> --source-address-prefixes <admin-cidr>',
  },
  target: { kinds: ['azure.network.networksecuritygroup'] },
  evaluate: (nsg) => {
    const rules = inboundRules(nsg)
    const open = [SSH_PORT, RDP_PORT].flatMap((port) => {
      const rule = internetAllowOn(rules, port)
      return rule === undefined ? [] : [`${port === SSH_PORT ? 'SSH' : 'RDP'} (${String(port)}) by rule ${text(rule['name'])}`]
    })
    return open.length === 0
      ? healthy(`NSG ${nsg.label} admits no internet source on SSH or RDP`)
      : unhealthy(`NSG ${nsg.label} allows ${open.join(' and ')} from any source`)
  },
})
