import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { azureWebAppFtpDisabled } from './azure-web-app-ftp-disabled.js'
import { WEB_APP } from './fixtures.js'

describe('azure-web-app-ftp-disabled', () => {
  it('is healthy with FTP disabled', () => {
    expect(evaluateRule(azureWebAppFtpDisabled, WEB_APP).status).toBe('healthy')
  })
  it('is unhealthy with AllAllowed', () => {
    expect(evaluateRule(azureWebAppFtpDisabled, withProps(WEB_APP, { ftpsState: 'allallowed' }))).toMatchObject({ status: 'unhealthy', message: 'app `app-shop` accepts plain FTP deployments' })
  })
  it('is unknown without the site config', () => {
    expect(evaluateRule(azureWebAppFtpDisabled, withProps(WEB_APP, { ftpsState: undefined })).status).toBe('unknown')
  })
})
