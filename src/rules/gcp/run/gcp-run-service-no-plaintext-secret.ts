/** @module gcp-run-service-no-plaintext-secret */
import { defineRule } from '../../rule-kit.js'
import { PLAINTEXT_SECRET_STEPS, plaintextSecretEvaluation } from '../../plaintext-secrets.js'

export const gcpRunServiceNoPlaintextSecret = defineRule({
  id: 'gcp-run-service-no-plaintext-secret',
  title: 'Cloud Run service holds no plaintext credential in its environment variables',
  description:
    'Environment variables of a Cloud Run revision are readable by anyone with run.services.get and kept in every ' +
    'revision; a credential there is exposed far beyond the container that needs it. Secret Manager references are not.',
  severity: 'high',
  control: 'remediate-vulnerabilities',
  categories: ['vulnerabilities', 'identity'],
  remediation: {
    steps: [...PLAINTEXT_SECRET_STEPS, 'Reference the secret with --set-secrets so the service reads it from Secret Manager.'],
    cli: 'gcloud run services update <service> --region <region> --remove-env-vars=<NAME> --set-secrets=<NAME>=<secret>:latest',
  },
  target: { kinds: ['gcp.run.service'] },
  evaluate: (node) => plaintextSecretEvaluation(node, 'service', ['environmentVariableNames']),
})
