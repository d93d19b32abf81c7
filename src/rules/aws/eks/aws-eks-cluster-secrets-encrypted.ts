/** @module aws-eks-cluster-secrets-encrypted */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'

export const awsEksClusterSecretsEncrypted = defineRule({
  id: 'aws-eks-cluster-secrets-encrypted',
  title: 'EKS cluster encrypts Kubernetes secrets with a KMS key',
  description:
    'Envelope encryption of secrets with a customer managed KMS key protects secrets in etcd beyond the default ' +
    'volume encryption and lets key policy decide who can decrypt them, with every use in CloudTrail.',
  severity: 'medium',
  control: 'enable-encryption-at-rest',
  categories: ['encryption', 'cluster-security'],
  remediation: {
    steps: ['Associate a KMS key with the cluster for secrets encryption (cannot be undone), then rewrite existing secrets.'],
    cli: 'aws eks associate-encryption-config --cluster-name <cluster> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<key-arn>"}}]\'',
    terraform: 'encryption_config {\n  resources = ["secrets"]\n  provider { key_arn = aws_kms_key.eks.arn }\n}',
  },
  target: { kinds: ['aws.eks.cluster'] },
  evaluate: (cluster) =>
    cluster.needBool('secretsEncrypted')
      ? healthy(`cluster ${cluster.label} encrypts secrets with KMS`)
      : unhealthy(`cluster ${cluster.label} stores secrets without KMS envelope encryption`),
})
