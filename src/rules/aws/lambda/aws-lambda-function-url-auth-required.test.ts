import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsLambdaFunctionUrlAuthRequired } from './aws-lambda-function-url-auth-required.js'

const node: NodeInput = {
  id: 'arn:aws:lambda:us-east-1:111122223333:function:webhook',
  kind: 'aws.lambda.function',
  family: 'function',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'webhook',
  props: { functionName: 'webhook', functionUrl: { url: 'https://abc.lambda-url.us-east-1.on.aws/', authType: 'AWS_IAM' }, publicFunctionUrl: false },
}

describe('aws-lambda-function-url-auth-required', () => {
  it('is healthy when the URL requires AWS_IAM', () => {
    expect(evaluateRule(awsLambdaFunctionUrlAuthRequired, node).status).toBe('healthy')
  })
  it('is unhealthy when the URL auth type is NONE', () => {
    const open = withProps(node, { functionUrl: { url: 'https://abc.lambda-url.us-east-1.on.aws/', authType: 'NONE' }, publicFunctionUrl: true })
    expect(evaluateRule(awsLambdaFunctionUrlAuthRequired, open)).toMatchObject({ status: 'unhealthy', message: 'function `webhook` has a function URL with auth type NONE' })
  })
  it('is not applicable without a function URL', () => {
    expect(evaluateRule(awsLambdaFunctionUrlAuthRequired, withProps(node, { functionUrl: undefined, publicFunctionUrl: undefined })).status).toBe('not-applicable')
  })
  it('is unknown when the URL carries no auth type', () => {
    expect(evaluateRule(awsLambdaFunctionUrlAuthRequired, withProps(node, { functionUrl: { url: 'https://abc.lambda-url.us-east-1.on.aws/' } })).status).toBe('unknown')
  })
})
