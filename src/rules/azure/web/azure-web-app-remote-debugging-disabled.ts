/** @module azure-web-app-remote-debugging-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureWebAppRemoteDebuggingDisabled = defineRule({
  id: 'azure-web-app-remote-debugging-disabled',
  title: 'App Service app has remote debugging turned off',
  description:
    'Remote debugging opens extra inbound ports to the worker and lets a debugger attach to the live process; it ' +
    'is meant for short sessions and is often forgotten on.',
  severity: 'medium',
  control: 'remediate-security-configurations',
  categories: ['network-exposure'],
  remediation: {
    steps: ['Turn off remote debugging on the app.'],
    cli: 'az webapp config set --name <app> --resource-group <rg> --remote-debugging-enabled false',
    terraform: 'site_config {\n  remote_debugging_enabled = false\n}',
  },
  target: { kinds: ['azure.web.site', 'azure.web.functionapp'] },
  evaluate: (app) =>
    app.needBool('remoteDebuggingEnabled')
      ? unhealthy(`app ${app.label} has remote debugging enabled`)
      : healthy(`app ${app.label} has remote debugging off`),
})
