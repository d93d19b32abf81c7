/** @module azure-containerregistry-registry-network-restricted */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

export const azureContainerregistryRegistryNetworkRestricted = defineRule({
  id: 'azure-containerregistry-registry-network-restricted',
  title: 'Container registry is not reachable from every network',
  description:
    'A registry with public network access and no firewall accepts pushes and pulls from any address; stolen ' +
    'credentials can plant an image your clusters will run. Private endpoints or a deny-by-default firewall ' +
    '(Premium SKU) confine it to known networks.',
  severity: 'medium',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Use private endpoints and disable public network access, or set the default action to Deny with the needed IP rules.'],
    cli: 'az acr update --name <registry> --public-network-enabled false',
    terraform: 'public_network_access_enabled = false',
  },
  target: { kinds: ['azure.containerregistry.registry'] },
  evaluate: (registry) => {
    if (registry.str('publicNetworkAccess') === 'disabled') return healthy(`registry ${registry.label} has public network access disabled`)
    const action = text(registry.obj('networkRuleSet')?.['defaultAction'], 'allow')
    return action === 'deny'
      ? healthy(`registry ${registry.label} denies network access by default`)
      : unhealthy(`registry ${registry.label} accepts connections from any network`)
  },
})
