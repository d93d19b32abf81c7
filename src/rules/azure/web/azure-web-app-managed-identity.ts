/** @module azure-web-app-managed-identity */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureWebAppManagedIdentity = defineRule({
  id: 'azure-web-app-managed-identity',
  title: 'App Service app uses a managed identity',
  description:
    'An app without a managed identity reaches databases, storage and Key Vault with secrets kept in app ' +
    'settings or code; a managed identity gets tokens from the platform and leaves nothing to leak or rotate.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Assign a system- or user-assigned managed identity, grant it the needed roles, and remove stored credentials.'],
    cli: 'az webapp identity assign --name <app> --resource-group <rg>',
    terraform: 'identity {\n  type = "SystemAssigned"\n}',
  },
  target: { kinds: ['azure.web.site', 'azure.web.functionapp'] },
  // The identity block is absent on apps without one.
  evaluate: (app) => {
    const type = app.str('identityType')
    return type === undefined || type.toLowerCase() === 'none'
      ? unhealthy(`app ${app.label} has no managed identity`)
      : healthy(`app ${app.label} has a ${type} managed identity`)
  },
})
