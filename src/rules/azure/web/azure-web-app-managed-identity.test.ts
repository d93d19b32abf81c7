import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureWebAppManagedIdentity } from './azure-web-app-managed-identity.js'
import { WEB_APP } from './fixtures.js'

describe('azure-web-app-managed-identity', () => {
  it('is healthy with a system-assigned identity', () => {
    expect(evaluateRule(azureWebAppManagedIdentity, WEB_APP).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(azureWebAppManagedIdentity, withProps(WEB_APP, { identityType: undefined, principalId: undefined }))).toMatchObject({ status: 'unhealthy', message: 'app `app-shop` has no managed identity' })
  })
})
