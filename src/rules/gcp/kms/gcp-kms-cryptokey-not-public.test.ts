import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { gcpKmsCryptokeyNotPublic } from './gcp-kms-cryptokey-not-public.js'
import { CRYPTO_KEY } from './fixtures.js'

describe('gcp-kms-cryptokey-not-public', () => {
  it('is healthy without public members', () => {
    expect(evaluateRule(gcpKmsCryptokeyNotPublic, CRYPTO_KEY).status).toBe('healthy')
  })
  it('is unhealthy when allUsers can decrypt', () => {
    expect(evaluateRule(gcpKmsCryptokeyNotPublic, withProps(CRYPTO_KEY, { publicBindings: [{ role: "roles/cloudkms.cryptoKeyDecrypter", member: "allUsers" }] }))).toMatchObject({ status: 'unhealthy', message: 'key `data` grants allUsers (roles/cloudkms.cryptoKeyDecrypter)' })
  })
  it('is unknown without the IAM policy', () => {
    expect(evaluateRule(gcpKmsCryptokeyNotPublic, withProps(CRYPTO_KEY, { publicBindings: undefined })).status).toBe('unknown')
  })
})
