import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpKmsCryptokeyRotationPeriod } from './gcp-kms-cryptokey-rotation-period.js'
import { CRYPTO_KEY } from './fixtures.js'

describe('gcp-kms-cryptokey-rotation-period', () => {
  it('is healthy with a 90-day rotation', () => {
    expect(evaluateRule(gcpKmsCryptokeyRotationPeriod, CRYPTO_KEY)).toMatchObject({ status: 'healthy', message: 'key `data` rotates every 90 days' })
  })
  it('is unhealthy with a yearly rotation', () => {
    expect(evaluateRule(gcpKmsCryptokeyRotationPeriod, withProps(CRYPTO_KEY, { rotationPeriod: "31536000s" }))).toMatchObject({ status: 'unhealthy', message: 'key `data` rotates every 365 days, more than 90' })
  })
  it('is unhealthy without rotation', () => {
    expect(evaluateRule(gcpKmsCryptokeyRotationPeriod, withProps(CRYPTO_KEY, { rotationPeriod: undefined }))).toMatchObject({ status: 'unhealthy', message: 'key `data` has no automatic rotation' })
  })
  it('is not applicable to an asymmetric signing key', () => {
    expect(evaluateRule(gcpKmsCryptokeyRotationPeriod, withProps(CRYPTO_KEY, { purpose: "asymmetric_sign", rotationPeriod: undefined })).status).toBe('not-applicable')
  })
  it('is unknown without the purpose', () => {
    expect(evaluateRule(gcpKmsCryptokeyRotationPeriod, withProps(CRYPTO_KEY, { purpose: undefined })).status).toBe('unknown')
  })
})
