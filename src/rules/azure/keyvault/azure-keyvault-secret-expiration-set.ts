/** @module azure-keyvault-secret-expiration-set */
import { defineRule, healthy, notApplicable, unhealthy, unknown } from '../../rule-kit.js'

export const azureKeyvaultSecretExpirationSet = defineRule({
  id: 'azure-keyvault-secret-expiration-set',
  title: 'Key Vault secret has an expiration date',
  description:
    'A secret without an expiration date is never forced through rotation; passwords and connection strings in ' +
    'it stay valid for years after they were copied elsewhere.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity'],
  remediation: {
    steps: ['Set an expiration date on the secret and a process (Event Grid near-expiry event, rotation function) to renew it.'],
    cli: 'az keyvault secret set-attributes --vault-name <vault> --name <secret> --expires <yyyy-mm-ddThh:mm:ssZ>',
    terraform: 'expiration_date = "2026-12-31T00:00:00Z"',
  },
  target: { kinds: ['azure.keyvault.secret'] },
  evaluate: (secret) => {
    const enabled = secret.bool('enabled')
    const expires = secret.num('expires')
    if (enabled === undefined && expires === undefined) return unknown(`secret ${secret.label}: its attributes are not in the input`)
    if (enabled === false) return notApplicable(`secret ${secret.label} is disabled`)
    return expires === undefined
      ? unhealthy(`secret ${secret.label} never expires`)
      : healthy(`secret ${secret.label} expires on ${new Date(expires * 1000).toISOString().slice(0, 10)}`)
  },
})
