/** @module azure-web-app-min-tls-version */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureWebAppMinTlsVersion = defineRule({
  id: 'azure-web-app-min-tls-version',
  title: 'App Service app requires TLS 1.2 or newer',
  description: 'TLS 1.0 and 1.1 are deprecated and weak; the app should refuse clients that negotiate them.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Set the minimum inbound TLS version of the app to 1.2.'],
    cli: 'az webapp config set --name <app> --resource-group <rg> --min-tls-version 1.2',
    terraform: 'site_config {\n  minimum_tls_version = "1.2"\n}',
  },
  target: { kinds: ['azure.web.site', 'azure.web.functionapp'] },
  // Resource Graph often leaves siteConfig empty: the finding is then unknown, not a guess.
  evaluate: (app) => {
    const version = app.needStr('minTlsVersion')
    return version === '1.2' || version === '1.3'
      ? healthy(`app ${app.label} requires TLS ${version}`)
      : unhealthy(`app ${app.label} accepts TLS ${version}`)
  },
})
