/** @module azure-web-app-https-only */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureWebAppHttpsOnly = defineRule({
  id: 'azure-web-app-https-only',
  title: 'App Service app redirects HTTP to HTTPS',
  description:
    'Without HTTPS Only, the app also answers over plain HTTP: session cookies, tokens and form data can be read ' +
    'and altered on the network path.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Turn on HTTPS Only for the app.'],
    cli: 'az webapp update --name <app> --resource-group <rg> --https-only true',
    terraform: 'https_only = true',
  },
  target: { kinds: ['azure.web.site', 'azure.web.functionapp'] },
  evaluate: (app) =>
    app.needBool('httpsOnly') ? healthy(`app ${app.label} serves HTTPS only`) : unhealthy(`app ${app.label} also serves plain HTTP`),
})
