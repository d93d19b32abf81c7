/** @module gcp-cloudfunctions-function-no-plaintext-secret */
import { defineRule } from '../../rule-kit.js'
import { PLAINTEXT_SECRET_STEPS, plaintextSecretEvaluation } from '../../plaintext-secrets.js'

export const gcpCloudfunctionsFunctionNoPlaintextSecret = defineRule({
  id: 'gcp-cloudfunctions-function-no-plaintext-secret',
  title: 'Cloud Function holds no plaintext credential in its environment variables',
  description:
    'Environment variables of a function are readable by anyone with cloudfunctions.functions.get and copied into ' +
    'every revision; a credential there is exposed far beyond the code that needs it. Secret Manager references are not.',
  severity: 'high',
  control: 'remediate-vulnerabilities',
  categories: ['vulnerabilities', 'identity'],
  remediation: {
    steps: [...PLAINTEXT_SECRET_STEPS, 'Reference the secret with --set-secrets so the function reads it from Secret Manager.'],
    cli: 'gcloud functions deploy <function> --region <region> --remove-env-vars=<NAME> --set-secrets=<NAME>=<secret>:latest',
  },
  target: { kinds: ['gcp.cloudfunctions.function'] },
  evaluate: (node) => plaintextSecretEvaluation(node, 'function', ['environmentVariableNames']),
})
