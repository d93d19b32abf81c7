/** @module aws-lambda-function-not-public */
import { defineRule, healthy, unhealthy } from '../../rule-kit.js'
import { actionsOf, publicStatements } from '../resource-policy.js'

export const awsLambdaFunctionNotPublic = defineRule({
  id: 'aws-lambda-function-not-public',
  title: 'Lambda function policy does not grant access to everyone',
  description:
    'A function policy statement for Principal "*" without a source account, ARN or organization condition lets ' +
    'any AWS account (or, with a function URL of auth type NONE, anyone) invoke the function, run up costs and ' +
    'reach whatever its execution role can.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control'],
  remediation: {
    steps: [
      'Remove the statement, or name the calling principal and add an aws:SourceArn / aws:SourceAccount condition.',
    ],
    cli: 'aws lambda remove-permission --function-name <name> --statement-id <sid>',
  },
  target: { kinds: ['aws.lambda.function'] },
  evaluate: (fn) => {
    const open = publicStatements(fn.obj('resourcePolicy'))
    return open.length === 0
      ? healthy(`function ${fn.label} grants no access to everyone`)
      : unhealthy(`function ${fn.label} lets anyone call ${actionsOf(open)}`)
  },
})
