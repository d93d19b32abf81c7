/** @module azure-keyvault-key-expiration-set */
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../../rule-kit.js'

export const azureKeyvaultKeyExpirationSet = defineRule({
  id: 'azure-keyvault-key-expiration-set',
  title: 'Key Vault key has an expiration date',
  description:
    'Keys without an expiration date are used indefinitely; a cryptoperiod forces rotation and limits how much ' +
    'data one compromised key version protects.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['encryption'],
  remediation: {
    steps: ['Set an expiration date on the key, ideally through a rotation policy that renews it before it expires.'],
    cli: 'az keyvault key set-attributes --vault-name <vault> --name <key> --expires <yyyy-mm-ddThh:mm:ssZ>',
    terraform: 'expiration_date = "2026-12-31T00:00:00Z"',
  },
  target: { kinds: ['azure.keyvault.key'] },
  evaluate: (key) => {
    const enabled = key.bool('enabled')
    const expires = key.num('expires')
    if (enabled === undefined && expires === undefined) return unknown(`key ${key.label}: its attributes are not in the input`)
    if (enabled === false) return notApplicable(`key ${key.label} is disabled`)
    return expires === undefined
      ? unhealthy(`key ${key.label} never expires`)
      : healthy(`key ${key.label} expires on ${new Date(expires * 1000).toISOString().slice(0, 10)}`)
  },
})
