/** @module k8s-secret-service-account-token-legacy */
import { defineRule, healthy, text, unhealthy } from '../../rule-kit.js'

export const k8sSecretServiceAccountTokenLegacy = defineRule({
  id: 'k8s-secret-service-account-token-legacy',
  title: 'No Secret holds a long-lived service account token',
  description:
    'A kubernetes.io/service-account-token Secret holds a token that never expires and survives pod restarts: ' +
    'anyone who reads the Secret (or a backup of it) is the service account until the Secret is deleted. Pods get ' +
    'short-lived projected tokens instead.',
  severity: 'medium',
  control: 'manage-access-and-permissions',
  categories: ['identity', 'cluster-security'],
  remediation: {
    steps: [
      'Delete the Secret once nothing uses it; issue short-lived tokens with `kubectl create token` or TokenRequest for external clients.',
      'Let the LegacyServiceAccountTokenCleanUp feature remove unused auto-generated ones.',
    ],
    cli: 'kubectl delete secret <name> -n <ns>',
  },
  target: { kinds: ['k8s.secret'] },
  evaluate: (secret) => {
    const type = secret.needStr('type')
    if (type !== 'kubernetes.io/service-account-token') return healthy(`secret ${secret.label} is of type ${type}`)
    const account = text(secret.value('serviceAccountName'), 'an unnamed service account')
    return unhealthy(`secret ${secret.label} holds a non-expiring token of ${account}`)
  },
})
