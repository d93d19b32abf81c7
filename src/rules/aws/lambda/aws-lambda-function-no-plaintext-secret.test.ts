import { describe, expect, it } from 'vitest'
import type { NodeInput } from '../../../model/graph-types.js'
import { evaluateRule, insightOf, withProps } from '../../testing/rule-harness.js'
import { awsLambdaFunctionNoPlaintextSecret } from './aws-lambda-function-no-plaintext-secret.js'

// A node after the scanner (or the reader) looked at it and found nothing: `environmentVariableNames` is present.
const node: NodeInput = {
  id: 'arn:aws:lambda:us-east-1:111122223333:function:ops-runner',
  kind: 'aws.lambda.function',
  family: 'function',
  provider: 'aws',
  scope: 'aws://accounts/111122223333',
  name: 'ops-runner',
  props: { environmentVariableNames: [] },
}
const leaked = { ...node, insights: [insightOf('has-plaintext-secret', { kinds: ['aws-access-key'], locations: ['/home/ops/.aws/credentials'] })] }

describe('aws-lambda-function-no-plaintext-secret', () => {
  it('is healthy when the scan found no credential', () => {
    expect(evaluateRule(awsLambdaFunctionNoPlaintextSecret, node)).toMatchObject({ status: 'healthy' })
  })
  it('is unhealthy when a scanner reported a plaintext credential, naming its kind and place', () => {
    expect(evaluateRule(awsLambdaFunctionNoPlaintextSecret, leaked)).toMatchObject({ status: 'unhealthy', details: { kinds: ['aws-access-key'] } })
    expect(evaluateRule(awsLambdaFunctionNoPlaintextSecret, leaked).message).toContain('aws-access-key')
    expect(evaluateRule(awsLambdaFunctionNoPlaintextSecret, leaked).message).toContain('/home/ops/.aws/credentials')
  })
  it('is unhealthy on the insight even without scan props', () => {
    expect(evaluateRule(awsLambdaFunctionNoPlaintextSecret, withProps(leaked, { environmentVariableNames: undefined })).status).toBe('unhealthy')
  })
  it('is unknown when no scan result is in the input', () => {
    expect(evaluateRule(awsLambdaFunctionNoPlaintextSecret, withProps(node, { environmentVariableNames: undefined })).status).toBe('unknown')
  })
})
