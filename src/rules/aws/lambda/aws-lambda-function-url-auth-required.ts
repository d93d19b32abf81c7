/** @module aws-lambda-function-url-auth-required */
import { defineRule, healthy, notApplicable, unhealthy } from '../../rule-kit.js'

export const awsLambdaFunctionUrlAuthRequired = defineRule({
  id: 'aws-lambda-function-url-auth-required',
  title: 'Lambda function URL requires IAM authentication',
  description:
    'A function URL with auth type NONE is an HTTPS endpoint that anyone on the internet can invoke; the ' +
    'function then runs with its execution role on attacker-chosen input.',
  severity: 'high',
  control: 'restrict-unauthorized-network-access',
  categories: ['network-exposure', 'access-control'],
  remediation: {
    steps: [
      'Set the function URL auth type to AWS_IAM and sign the callers\' requests, or delete the URL.',
      'When the endpoint must be public, put it behind API Gateway or CloudFront with authentication and a WAF.',
    ],
    cli: 'aws lambda update-function-url-config --function-name <fn> --auth-type AWS_IAM',
  },
  target: { kinds: ['aws.lambda.function'] },
  evaluate: (node) => {
    if (node.obj('functionUrl') === undefined) return notApplicable(`function ${node.label} has no function URL in the input`)
    const authType = node.needStr('functionUrl.authType')
    return authType === 'NONE'
      ? unhealthy(`function ${node.label} has a function URL with auth type NONE`, { authType })
      : healthy(`function ${node.label} function URL requires ${authType} authentication`)
  },
})
