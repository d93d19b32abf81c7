/** @module azure-network-nsg-any-any-inbound */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'
import { anyAnyAllows } from './nsg-rules.js'

export const azureNetworkNsgAnyAnyInbound = defineRule({
  id: 'azure-network-nsg-any-any-inbound',
  title: 'Network security group has no inbound allow-all rule from any source',
  description:
    'An inbound rule allowing every protocol and port from any source turns the NSG off for the subnets and NICs it ' +
    'protects: every listening service becomes reachable from the internet.',
  severity: 'critical',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Delete the rule and add specific allow rules for the ports and sources the workload needs.'],
    cli: 'az network nsg rule delete --nsg-name <nsg> --resource-group <rg> --name <rule>',
  },
  target: { kinds: ['azure.network.networksecuritygroup'] },
  evaluate: (nsg) => {
    const rules = anyAnyAllows(nsg)
    return rules.length === 0
      ? healthy(`NSG ${nsg.label} has no allow-all inbound rule`)
      : unhealthy(`NSG ${nsg.label} allows every port from any source by rule ${rules.map((r) => text(r['name'])).join(', ')}`)
  },
})
