import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureCacheRedisNonSslPortDisabled } from './azure-cache-redis-non-ssl-port-disabled.js'
import { REDIS } from './fixtures.js'

describe('azure-cache-redis-non-ssl-port-disabled', () => {
  it('is healthy with TLS only', () => {
    expect(evaluateRule(azureCacheRedisNonSslPortDisabled, REDIS).status).toBe('healthy')
  })
  it('is unhealthy with the non-SSL port', () => {
    expect(evaluateRule(azureCacheRedisNonSslPortDisabled, withProps(REDIS, { nonSslPortEnabled: true }))).toMatchObject({ status: 'unhealthy', message: 'cache `redis-demo` has its non-SSL port 6379 open' })
  })
})
