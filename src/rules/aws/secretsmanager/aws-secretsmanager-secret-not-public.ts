/** @module aws-secretsmanager-secret-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { actionsOf, publicStatements } from '../resource-policy.js'

export const awsSecretsmanagerSecretNotPublic = defineRule({
  id: 'aws-secretsmanager-secret-not-public',
  title: 'Secrets Manager secret policy does not grant access to everyone',
  description:
    'A resource policy statement for Principal "*" without an account or organization condition lets principals ' +
    'of any AWS account read the secret value (if the key policy allows decryption too).',
  severity: 'critical',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'data-exposure'],
  remediation: {
    steps: ['Remove the statement or name the principals; Block Public Policy for Secrets Manager rejects such policies.'],
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret> --resource-policy file://policy.json --block-public-policy',
  },
  target: { kinds: ['aws.secretsmanager.secret'] },
  evaluate: (secret) => {
    const open = publicStatements(secret.obj('resourcePolicy'))
    return open.length === 0
      ? healthy(`secret ${secret.label} grants no access to everyone`)
      : unhealthy(`secret ${secret.label} lets any AWS principal call ${actionsOf(open)}`)
  },
})
