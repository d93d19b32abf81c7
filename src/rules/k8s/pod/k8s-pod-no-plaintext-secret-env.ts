/** @module k8s-pod-no-plaintext-secret-env */
import { defineRule, healthy, texts, unhealthy, unknown } from '../../rule-kit.js'
import { POD_SPEC_KINDS, podSpecOf, workloadLabel } from '../pod-spec.js'

export const k8sPodNoPlaintextSecretEnv = defineRule({
  id: 'k8s-pod-no-plaintext-secret-env',
  title: 'Pod manifests hold no credential as a literal environment value',
  description:
    'A password, token or key written as a literal `env` value sits in the manifest, in Git, in the API server ' +
    '(readable by anyone who can get the workload) and in every backup of etcd — unencrypted and never rotated.',
  severity: 'high',
  control: 'remediate-vulnerabilities',
  categories: ['vulnerabilities', 'identity'],
  remediation: {
    steps: [
      'Rotate the credential: assume it is compromised.',
      'Store it in a Secret (or an external secret store through a CSI driver) and reference it with valueFrom.secretKeyRef or a volume.',
    ],
  },
  target: { kinds: [...POD_SPEC_KINDS] },
  evaluate: (node) => {
    const spec = podSpecOf(node)
    if (spec === undefined) return unknown(`${workloadLabel(node)}: its pod template is not in the input`)
    if (!Array.isArray(spec['plaintextSecretEnv'])) return unknown(`${workloadLabel(node)}: its environment was not scanned`)
    const names = texts(spec['plaintextSecretEnv'])
    return names.length === 0
      ? healthy(`${workloadLabel(node)} sets no credential-named variable to a literal value`)
      : unhealthy(`${workloadLabel(node)} sets ${names.join(', ')} to a literal value in the manifest`, { variables: names })
  },
})
