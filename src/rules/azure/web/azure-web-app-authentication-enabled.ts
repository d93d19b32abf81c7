/** @module azure-web-app-authentication-enabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureWebAppAuthenticationEnabled = defineRule({
  id: 'azure-web-app-authentication-enabled',
  title: 'App Service app has App Service Authentication enabled',
  description:
    'App Service Authentication (Easy Auth) checks identity tokens before requests reach the code, so an ' +
    'internal app cannot be used anonymously because of a missing check in one route.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['access-control'],
  remediation: {
    steps: ['Enable App Service Authentication with Microsoft Entra ID and require authentication for unauthenticated requests.'],
    cli: 'az webapp auth update --name <app> --resource-group <rg> --enabled true --action LoginWithAzureActiveDirectory',
  },
  target: { kinds: ['azure.web.site', 'azure.web.functionapp'] },
  // authEnabled comes from the site row or its config/authsettingsV2 row; unknown when neither was exported.
  evaluate: (app) =>
    app.needBool('authEnabled')
      ? healthy(`app ${app.label} has App Service Authentication enabled`)
      : unhealthy(`app ${app.label} has App Service Authentication disabled`),
})
