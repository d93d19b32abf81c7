import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureSqlManagedinstancePublicEndpointDisabled } from './azure-sql-managedinstance-public-endpoint-disabled.js'
import { MANAGED_INSTANCE } from './fixtures.js'

describe('azure-sql-managedinstance-public-endpoint-disabled', () => {
  it('is healthy without a public endpoint', () => {
    expect(evaluateRule(azureSqlManagedinstancePublicEndpointDisabled, MANAGED_INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy with one', () => {
    expect(evaluateRule(azureSqlManagedinstancePublicEndpointDisabled, withProps(MANAGED_INSTANCE, { publicDataEndpointEnabled: true }))).toMatchObject({ status: 'unhealthy', message: 'managed instance `sqlmi-demo` has its public data endpoint enabled' })
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(azureSqlManagedinstancePublicEndpointDisabled, withProps(MANAGED_INSTANCE, { publicDataEndpointEnabled: undefined })).status).toBe('unknown')
  })
})
