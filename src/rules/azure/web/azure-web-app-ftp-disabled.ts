/** @module azure-web-app-ftp-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureWebAppFtpDisabled = defineRule({
  id: 'azure-web-app-ftp-disabled',
  title: 'App Service app does not accept plain FTP deployments',
  description:
    'With FTP state AllAllowed, deployment credentials and the site content travel in clear text over FTP; ' +
    'FTP should be disabled, or FTPS only where file deployment is still needed.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Set the FTP state of the app to Disabled (or FtpsOnly).'],
    cli: 'az webapp config set --name <app> --resource-group <rg> --ftps-state Disabled',
    terraform: 'site_config {\n  ftps_state = "Disabled"\n}',
  },
  target: { kinds: ['azure.web.site', 'azure.web.functionapp'] },
  evaluate: (app) => {
    const state = app.needStr('ftpsState')
    return state === 'allallowed'
      ? unhealthy(`app ${app.label} accepts plain FTP deployments`)
      : healthy(`app ${app.label} has FTP state ${state}`)
  },
})
