import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureWebAppAuthenticationEnabled } from './azure-web-app-authentication-enabled.js'
import { WEB_APP } from './fixtures.js'

describe('azure-web-app-authentication-enabled', () => {
  it('is healthy with authentication', () => {
    expect(evaluateRule(azureWebAppAuthenticationEnabled, WEB_APP).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(azureWebAppAuthenticationEnabled, withProps(WEB_APP, { authEnabled: false }))).toMatchObject({ status: 'unhealthy', message: 'app `app-shop` has App Service Authentication disabled' })
  })
  it('is unknown without the auth settings', () => {
    expect(evaluateRule(azureWebAppAuthenticationEnabled, withProps(WEB_APP, { authEnabled: undefined })).status).toBe('unknown')
  })
})
