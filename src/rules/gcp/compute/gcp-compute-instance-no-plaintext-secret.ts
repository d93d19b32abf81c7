/** @module gcp-compute-instance-no-plaintext-secret */
import { defineRule } from '../../rule-kit.js'
import { PLAINTEXT_SECRET_STEPS, plaintextSecretEvaluation } from '../../plaintext-secrets.js'

export const gcpComputeInstanceNoPlaintextSecret = defineRule({
  id: 'gcp-compute-instance-no-plaintext-secret',
  title: 'Compute Engine instance holds no plaintext credential on disk or in metadata',
  description:
    'A credential in instance metadata (a startup script) or on the disk is read by anyone with compute.instances.get or a shell, and outlives the instance in snapshots and images.',
  severity: 'high',
  control: 'remediate-vulnerabilities',
  categories: ['vulnerabilities', 'identity'],
  remediation: { steps: [...PLAINTEXT_SECRET_STEPS] },
  target: { kinds: ['gcp.compute.instance'] },
  evaluate: (node) => plaintextSecretEvaluation(node, 'instance', ['secretsFound', 'metadataKeys']),
})
