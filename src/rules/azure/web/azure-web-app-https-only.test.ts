import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureWebAppHttpsOnly } from './azure-web-app-https-only.js'
import { WEB_APP } from './fixtures.js'

describe('azure-web-app-https-only', () => {
  it('is healthy with HTTPS Only', () => {
    expect(evaluateRule(azureWebAppHttpsOnly, WEB_APP).status).toBe('healthy')
  })
  it('is unhealthy without it', () => {
    expect(evaluateRule(azureWebAppHttpsOnly, withProps(WEB_APP, { httpsOnly: false }))).toMatchObject({ status: 'unhealthy', message: 'app `app-shop` also serves plain HTTP' })
  })
  it('is unknown without the flag', () => {
    expect(evaluateRule(azureWebAppHttpsOnly, withProps(WEB_APP, { httpsOnly: undefined })).status).toBe('unknown')
  })
})
