/** @module azure-containerregistry-registry-anonymous-pull-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureContainerregistryRegistryAnonymousPullDisabled = defineRule({
  id: 'azure-containerregistry-registry-anonymous-pull-disabled',
  title: 'Container registry does not allow anonymous pull',
  description:
    'With anonymous pull, anyone who can reach the registry can download every image, with the code, ' +
    'configuration and secrets baked into its layers.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['data-exposure'],
  remediation: {
    steps: ['Disable anonymous pull; publish deliberately public images from a separate registry.'],
    cli: 'az acr update --name <registry> --anonymous-pull-enabled false',
    terraform: 'anonymous_pull_enabled = false',
  },
  target: { kinds: ['azure.containerregistry.registry'] },
  evaluate: (registry) =>
    registry.needBool('anonymousPullEnabled')
      ? unhealthy(`registry ${registry.label} lets anyone pull its images`)
      : healthy(`registry ${registry.label} requires authentication to pull`),
})
