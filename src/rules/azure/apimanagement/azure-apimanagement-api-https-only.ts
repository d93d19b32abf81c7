/** @module azure-apimanagement-api-https-only */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureApimanagementApiHttpsOnly = defineRule({
  id: 'azure-apimanagement-api-https-only',
  title: 'API Management API accepts HTTPS only',
  description:
    'An API published with the HTTP protocol accepts subscription keys, tokens and payloads in clear text on the ' +
    'gateway; APIs should list HTTPS (and WSS) only.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Remove HTTP from the API\'s URL scheme (protocols), leaving HTTPS.'],
    cli: 'az apim api update --service-name <apim> --resource-group <rg> --api-id <api> --protocols https',
    terraform: 'protocols = ["https"]',
  },
  target: { kinds: ['azure.apimanagement.api'] },
  evaluate: (api) => {
    const protocols = api.needStrings('protocols').map((p) => p.toLowerCase())
    const plain = protocols.filter((p) => p === 'http' || p === 'ws')
    return plain.length === 0
      ? healthy(`API ${api.label} accepts ${protocols.join(', ') || 'no protocol'} only`)
      : unhealthy(`API ${api.label} accepts unencrypted ${plain.join(' and ').toUpperCase()}`)
  },
})
