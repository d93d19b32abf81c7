/** @module aws-ec2-instance-no-plaintext-secret */
import { defineRule } from '../../rule-kit.js'
import { PLAINTEXT_SECRET_STEPS, plaintextSecretEvaluation } from '../../plaintext-secrets.js'

export const awsEc2InstanceNoPlaintextSecret = defineRule({
  id: 'aws-ec2-instance-no-plaintext-secret',
  title: 'EC2 instance disk holds no plaintext credential',
  description:
    'A credential in a file on the disk (an AWS key in ~/.aws/credentials, a private key, a token) is read by anyone who gets a shell or a disk snapshot, and outlives the instance in backups and images.',
  severity: 'high',
  control: 'remediate-vulnerabilities',
  categories: ['vulnerabilities', 'identity'],
  remediation: { steps: [...PLAINTEXT_SECRET_STEPS] },
  target: { kinds: ['aws.ec2.instance'] },
  evaluate: (node) => plaintextSecretEvaluation(node, 'instance', ['secretsFound']),
})
