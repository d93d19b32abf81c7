/** @module aws-lambda-function-no-plaintext-secret */
import { defineRule } from '../../rule-kit.js'
import { PLAINTEXT_SECRET_STEPS, plaintextSecretEvaluation } from '../../plaintext-secrets.js'

export const awsLambdaFunctionNoPlaintextSecret = defineRule({
  id: 'aws-lambda-function-no-plaintext-secret',
  title: 'Lambda function keeps no plaintext credential in its environment',
  description:
    'Environment variables are readable by every principal allowed lambda:GetFunctionConfiguration and appear in logs and support dumps; a credential there is effectively shared.',
  severity: 'high',
  control: 'remediate-vulnerabilities',
  categories: ['vulnerabilities', 'identity'],
  remediation: { steps: [...PLAINTEXT_SECRET_STEPS] },
  target: { kinds: ['aws.lambda.function'] },
  evaluate: (node) => plaintextSecretEvaluation(node, 'function', ['environmentVariableNames', 'secretsFound']),
})
