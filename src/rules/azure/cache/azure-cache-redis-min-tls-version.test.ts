import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureCacheRedisMinTlsVersion } from './azure-cache-redis-min-tls-version.js'
import { REDIS } from './fixtures.js'

describe('azure-cache-redis-min-tls-version', () => {
  it('is healthy with TLS 1.2', () => {
    expect(evaluateRule(azureCacheRedisMinTlsVersion, REDIS).status).toBe('healthy')
  })
  it('is unhealthy with 1.0 or unset', () => {
    expect(evaluateRule(azureCacheRedisMinTlsVersion, withProps(REDIS, { minimumTlsVersion: undefined }))).toMatchObject({ status: 'unhealthy', message: 'cache `redis-demo` accepts TLS 1.0' })
  })
})
