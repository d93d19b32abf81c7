/** @module azure-compute-vm-no-plaintext-secret */
import { defineRule } from '../../rule-kit.js'
import { PLAINTEXT_SECRET_STEPS, plaintextSecretEvaluation } from '../../plaintext-secrets.js'

export const azureComputeVmNoPlaintextSecret = defineRule({
  id: 'azure-compute-vm-no-plaintext-secret',
  title: 'Virtual machine disk holds no plaintext credential',
  description:
    'A credential in a file on the disk (a cloud access key, a private key, a token) is read by anyone who gets a shell or a disk snapshot, and outlives the machine in backups and images.',
  severity: 'high',
  control: 'remediate-vulnerabilities',
  categories: ['vulnerabilities', 'identity'],
  remediation: { steps: [...PLAINTEXT_SECRET_STEPS] },
  target: { kinds: ['azure.compute.virtualmachine'] },
  evaluate: (node) => plaintextSecretEvaluation(node, 'VM', ['secretsFound']),
})
