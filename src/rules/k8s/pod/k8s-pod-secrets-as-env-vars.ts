/** @module k8s-pod-secrets-as-env-vars */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodSecretsAsEnvVars = defineRule({
  id: 'k8s-pod-secrets-as-env-vars',
  title: 'Pods read Secrets from mounted files, not environment variables',
  description:
    'Environment variables leak: they are inherited by every child process, printed by crash handlers and debug ' +
    'endpoints, and visible in /proc; a Secret mounted as a file stays readable only by the process that opens it ' +
    'and is updated when the Secret rotates.',
  severity: 'low',
  control: 'implement-security-best-practices',
  categories: ['identity', 'data-exposure'],
  remediation: {
    steps: ['Mount the Secret as a volume (or use a CSI secrets-store driver) and have the application read the file instead of env / envFrom.'],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const refs = spec['secretRefs']
    if (!Array.isArray(refs)) return unknown(`${workloadLabel(node)}: its environment references are not in the input`)
    const secrets = [
      ...new Set(refs.flatMap((ref) => (typeof ref === 'object' && ref !== null && !Array.isArray(ref) ? [text(ref['secret'], '?')] : []))),
    ]
    return secrets.length === 0
      ? healthy(`${workloadLabel(node)} passes no Secret through environment variables`)
      : unhealthy(`${workloadLabel(node)} passes Secret${secrets.length > 1 ? 's' : ''} ${secrets.join(', ')} through environment variables`, { secrets })
  },
})
