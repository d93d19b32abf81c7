/** @module gcp-kms-cryptokey-rotation-period */
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../../rule-kit.js'

const MAX_DAYS = 90

export const gcpKmsCryptokeyRotationPeriod = defineRule({
  id: 'gcp-kms-cryptokey-rotation-period',
  title: 'Cloud KMS symmetric key rotates automatically at least every 90 days',
  description:
    'Automatic rotation bounds the data encrypted under one key version, and so what a compromised version exposes; without a rotation period the same key material encrypts everything for ever.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption'],
  remediation: {
    steps: ['Set a rotation period of 90 days or less (and a next rotation time) on the key.'],
    cli: 'gcloud kms keys update <key> --keyring <keyring> --location <location> --rotation-period=90d --next-rotation-time=<RFC 3339 time>',
    terraform: 'rotation_period = "7776000s"',
  },
  target: { kinds: ['gcp.kms.cryptokey'] },
  evaluate: (key) => {
    const purpose = key.needStr('purpose')
    // Only symmetric encryption keys rotate automatically; asymmetric and MAC keys are rotated by hand.
    if (purpose !== 'encrypt_decrypt') return notApplicable(`key ${key.label} is a ${purpose} key, which Cloud KMS does not rotate automatically`)
    const period = key.str('rotationPeriod')
    if (period === undefined) return unhealthy(`key ${key.label} has no automatic rotation`)
    const days = Number.parseFloat(period) / 86_400
    if (Number.isNaN(days)) return unknown(`key ${key.label}: rotation period ${period} is not a duration`)
    return days <= MAX_DAYS
      ? healthy(`key ${key.label} rotates every ${Math.round(days)} days`)
      : unhealthy(`key ${key.label} rotates every ${Math.round(days)} days, more than ${MAX_DAYS}`, { rotationDays: Math.round(days) })
  },
})
