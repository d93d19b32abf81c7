/** @module k8s-pod-service-account-token-automount */
import { defineRule, healthy, text, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodServiceAccountTokenAutomount = defineRule({
  id: 'k8s-pod-service-account-token-automount',
  title: 'Pod mounts a service account token only when it opts in',
  description:
    'Kubernetes mounts the service account token into every container unless the pod or its service account sets ' +
    'automountServiceAccountToken: false. A compromised container then holds a credential for the API server with ' +
    'whatever RBAC the service account has.',
  severity: 'low',
  control: 'manage-access-and-permissions',
  categories: ['container-security', 'identity'],
  remediation: {
    steps: [
      'Set automountServiceAccountToken: false on the service account (or the pod) of workloads that do not call the API.',
      'For workloads that do, use a dedicated service account with least-privilege RBAC.',
    ],
    cli: 'kubectl patch serviceaccount <sa> -n <ns> -p \'{"automountServiceAccountToken": false}\'',
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    const onPod = spec['automountServiceAccountToken']
    if (onPod === false) return healthy(`${workloadLabel(node)} opts out of the service account token`)
    const accounts = node.neighbours('out', 'can-authenticate-as', ['k8s.serviceaccount'])
    const account = text(spec['serviceAccountName'], 'default')
    if (onPod !== true && accounts.some((sa) => sa.bool('automountServiceAccountToken') === false)) {
      return healthy(`${workloadLabel(node)} gets no token: service account ${account} opts out`)
    }
    return unhealthy(`${workloadLabel(node)} mounts the token of service account ${account}${onPod === true ? ' (automountServiceAccountToken: true)' : ''}`)
  },
})
