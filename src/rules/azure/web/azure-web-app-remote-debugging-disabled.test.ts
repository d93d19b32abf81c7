import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureWebAppRemoteDebuggingDisabled } from './azure-web-app-remote-debugging-disabled.js'
import { WEB_APP } from './fixtures.js'

describe('azure-web-app-remote-debugging-disabled', () => {
  it('is healthy with remote debugging off', () => {
    expect(evaluateRule(azureWebAppRemoteDebuggingDisabled, WEB_APP).status).toBe('healthy')
  })
  it('is unhealthy with it on', () => {
    expect(evaluateRule(azureWebAppRemoteDebuggingDisabled, withProps(WEB_APP, { remoteDebuggingEnabled: true }))).toMatchObject({ status: 'unhealthy', message: 'app `app-shop` has remote debugging enabled' })
  })
  it('is unknown without the site config', () => {
    expect(evaluateRule(azureWebAppRemoteDebuggingDisabled, withProps(WEB_APP, { remoteDebuggingEnabled: undefined })).status).toBe('unknown')
  })
})
