import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpComputeInstanceOsLoginEnabled } from './gcp-compute-instance-os-login-enabled.js'
import { INSTANCE } from './instance-fixture.js'

describe('gcp-compute-instance-os-login-enabled', () => {
  it('is healthy when enable-oslogin is TRUE', () => {
    expect(evaluateRule(gcpComputeInstanceOsLoginEnabled, INSTANCE).status).toBe('healthy')
  })
  it('is unhealthy when the instance sets enable-oslogin=FALSE', () => {
    expect(evaluateRule(gcpComputeInstanceOsLoginEnabled, withProps(INSTANCE, { osLoginEnabled: false }))).toMatchObject({ status: 'unhealthy', message: 'instance `app-1` turns OS Login off (enable-oslogin=FALSE)' })
  })
  it('is unknown when the instance leaves it to the project', () => {
    expect(evaluateRule(gcpComputeInstanceOsLoginEnabled, withProps(INSTANCE, { metadataKeys: [], osLoginEnabled: undefined })).status).toBe('unknown')
  })
})
