/** @module An NSG node as the Azure Resource Graph reader maps it, for the NSG rule tests. */
import type { JsonObject, NodeInput } from '../../../model/graph-types.js'

export function nsgRule(name: string, priority: number, access: 'allow' | 'deny', sources: string[], ports: string[], protocol = 'tcp'): JsonObject {
  return {
    name,
    priority,
    direction: 'inbound',
    access,
    protocol,
    sourceAddressPrefixes: sources,
    sourcePortRanges: ['*'],
    destinationAddressPrefixes: ['*'],
    destinationPortRanges: ports,
    isDefault: false,
  }
}

export const NSG: NodeInput = {
  id: '/subscriptions/00000000-0000-4000-8000-000000000001/resourcegroups/rg-web/providers/microsoft.network/networksecuritygroups/nsg-web',
  kind: 'azure.network.networksecuritygroup',
  family: 'network-security-group',
  provider: 'azure',
  scope: '/subscriptions/00000000-0000-4000-8000-000000000001',
  name: 'nsg-web',
  props: {
    armType: 'microsoft.network/networksecuritygroups',
    resourceGroup: 'rg-web',
    securityRules: [nsgRule('allow-https-internet', 100, 'allow', ['Internet'], ['443']), nsgRule('allow-ssh-office', 110, 'allow', ['192.0.2.0/24'], ['22'])],
  },
}
