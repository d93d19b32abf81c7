/** @module azure-keyvault-key-rotation-policy */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

export const azureKeyvaultKeyRotationPolicy = defineRule({
  id: 'azure-keyvault-key-rotation-policy',
  title: 'Key Vault key rotates automatically',
  description:
    'Without a rotation policy a key version stays in use until someone remembers to rotate it. A policy with a ' +
    'Rotate action creates new versions on schedule; services that follow the latest version pick them up.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['encryption'],
  remediation: {
    steps: ['Set a rotation policy on the key with a Rotate lifetime action (for example 90 days after creation).'],
    cli: 'az keyvault key rotation-policy update --vault-name <vault> --name <key> --value @policy.json',
    terraform: 'rotation_policy {\n  automatic { time_after_creation = "P90D" }\n  expire_after = "P1Y"\n}',
  },
  target: { kinds: ['azure.keyvault.key'] },
  evaluate: (key) => {
    const actions = key.objects('rotationPolicy.lifetimeActions') ?? []
    const rotates = actions.some((a) => isObject(a['action']) && text(a['action']['type']).toLowerCase() === 'rotate')
    return rotates ? healthy(`key ${key.label} rotates automatically`) : unhealthy(`key ${key.label} has no automatic rotation`)
  },
})
