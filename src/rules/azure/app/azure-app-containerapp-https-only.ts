/** @module azure-app-containerapp-https-only */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const azureAppContainerappHttpsOnly = defineRule({
  id: 'azure-app-containerapp-https-only',
  title: 'Container app ingress accepts HTTPS only',
  description:
    'With allowInsecure, the ingress also serves plain HTTP instead of redirecting to HTTPS: tokens and data in ' +
    'requests can be read and changed on the way.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Set allowInsecure to false on the container app ingress.'],
    cli: 'az containerapp ingress update --name <app> --resource-group <rg> --allow-insecure false',
    terraform: 'ingress {\n  allow_insecure_connections = false\n}',
  },
  target: { kinds: ['azure.app.containerapp'] },
  evaluate: (app) => {
    if (app.bool('externalIngress') === undefined && app.bool('allowInsecure') === undefined) return notApplicable(`container app ${app.label} has no ingress`)
    return app.bool('allowInsecure') === true
      ? unhealthy(`container app ${app.label} serves plain HTTP on its ingress`)
      : healthy(`container app ${app.label} redirects HTTP to HTTPS`)
  },
})
