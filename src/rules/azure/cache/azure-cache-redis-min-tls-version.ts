/** @module azure-cache-redis-min-tls-version */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const azureCacheRedisMinTlsVersion = defineRule({
  id: 'azure-cache-redis-min-tls-version',
  title: 'Azure Cache for Redis requires TLS 1.2 or newer',
  description: 'TLS 1.0 and 1.1 are deprecated and weak; the cache should refuse clients that negotiate them.',
  severity: 'medium',
  control: 'encrypt-data-in-transit',
  categories: ['encryption'],
  remediation: {
    steps: ['Set the minimum TLS version of the cache to 1.2.'],
    cli: 'az redis update --name <cache> --resource-group <rg> --set minimumTlsVersion=1.2',
    terraform: 'minimum_tls_version = "1.2"',
  },
  target: { kinds: ['azure.cache.redis'] },
  evaluate: (cache) => {
    // Unset on older caches means TLS 1.0 is accepted.
    const version = cache.str('minimumTlsVersion') ?? '1.0'
    return version === '1.2' || version === '1.3'
      ? healthy(`cache ${cache.label} requires TLS ${version}`)
      : unhealthy(`cache ${cache.label} accepts TLS ${version}`)
  },
})
