/** @module azure-cache-redis-non-ssl-port-disabled */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureCacheRedisNonSslPortDisabled = defineRule({
  id: 'azure-cache-redis-non-ssl-port-disabled',
  title: 'Azure Cache for Redis accepts TLS connections only',
  description:
    'The non-SSL port (6379) carries the access key and every cached value in clear text; only the TLS port ' +
    '(6380) should be open.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Move clients to port 6380 with TLS, then disable the non-SSL port.'],
    cli: 'az redis update --name <cache> --resource-group <rg> --set enableNonSslPort=false',
    terraform: 'non_ssl_port_enabled = false',
  },
  target: { kinds: ['azure.cache.redis'] },
  // ARM omits enableNonSslPort unless it was turned on.
  evaluate: (cache) =>
    cache.bool('nonSslPortEnabled') === true
      ? unhealthy(`cache ${cache.label} has its non-SSL port 6379 open`)
      : healthy(`cache ${cache.label} accepts TLS connections only`),
})
