import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureWebAppMinTlsVersion } from './azure-web-app-min-tls-version.js'
import { WEB_APP } from './fixtures.js'

describe('azure-web-app-min-tls-version', () => {
  it('is healthy with TLS 1.2', () => {
    expect(evaluateRule(azureWebAppMinTlsVersion, WEB_APP).status).toBe('healthy')
  })
  it('is unhealthy with TLS 1.0', () => {
    expect(evaluateRule(azureWebAppMinTlsVersion, withProps(WEB_APP, { minTlsVersion: '1.0' }))).toMatchObject({ status: 'unhealthy', message: 'app `app-shop` accepts TLS 1.0' })
  })
  it('is unknown without the site config', () => {
    expect(evaluateRule(azureWebAppMinTlsVersion, withProps(WEB_APP, { minTlsVersion: undefined })).status).toBe('unknown')
  })
})
