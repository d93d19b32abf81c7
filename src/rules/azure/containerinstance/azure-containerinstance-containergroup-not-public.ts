/** @module azure-containerinstance-containergroup-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureContainerinstanceContainergroupNotPublic = defineRule({
  id: 'azure-containerinstance-containergroup-not-public',
  title: 'Container instance group has no public IP address',
  description:
    'A container group with a public IP exposes its ports directly to the internet, with no NSG, WAF or ' +
    'authentication in front; container groups are meant to run in a virtual network behind a gateway.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Redeploy the group into a virtual network subnet (private IP) and publish it through Application Gateway if needed.'],
    cli: 'az container create --name <group> --resource-group <rg> --vnet <vnet> --subnet <subnet> --ip-address Private ...',
    terraform: 'ip_address_type = "Private"\nsubnet_ids      = [azurerm_subnet.aci.id]',
  },
  target: { kinds: ['azure.containerinstance.containergroup'] },
  evaluate: (group) => {
    if (group.bool('isPublic') !== true) return healthy(`container group ${group.label} has no public IP address`)
    const ports = (group.list('ports') ?? []).map(String)
    return unhealthy(`container group ${group.label} is public at ${group.str('ipAddress') ?? group.str('fqdn') ?? 'a public IP'}${ports.length > 0 ? ` on port ${ports.join(', ')}` : ''}`)
  },
})
