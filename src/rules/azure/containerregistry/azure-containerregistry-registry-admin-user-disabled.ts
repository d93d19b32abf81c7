/** @module azure-containerregistry-registry-admin-user-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureContainerregistryRegistryAdminUserDisabled = defineRule({
  id: 'azure-containerregistry-registry-admin-user-disabled',
  title: 'Container registry has its admin user disabled',
  description:
    'The admin user is a single shared account with push and pull rights whose two passwords never expire; it ' +
    'ends up in pipelines and cluster secrets. Microsoft Entra identities and tokens scoped per repository replace it.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Move pipelines and clusters to managed identities (AcrPull/AcrPush roles), then disable the admin user.'],
    cli: 'az acr update --name <registry> --admin-enabled false',
    terraform: 'admin_enabled = false',
  },
  target: { kinds: ['azure.containerregistry.registry'] },
  evaluate: (registry) =>
    registry.needBool('adminUserEnabled')
      ? unhealthy(`registry ${registry.label} has its admin user enabled`)
      : healthy(`registry ${registry.label} has its admin user disabled`),
})
