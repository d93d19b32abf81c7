import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsLambdaFunctionNotPublic } from './aws-lambda-function-not-public.js'
import { FUNCTION } from './fixtures.js'

describe('aws-lambda-function-not-public', () => {
  it('is healthy when only S3 with a source ARN may invoke', () => {
    expect(evaluateRule(awsLambdaFunctionNotPublic, FUNCTION).status).toBe('healthy')
  })
  it('is unhealthy when Principal * may invoke without conditions', () => {
    const open = withProps(FUNCTION, { resourcePolicy: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: '*' }] } })
    expect(evaluateRule(awsLambdaFunctionNotPublic, open)).toMatchObject({ status: 'unhealthy', message: 'function `thumbnailer` lets anyone call lambda:InvokeFunction' })
  })
  it('is healthy without a function policy', () => {
    expect(evaluateRule(awsLambdaFunctionNotPublic, withProps(FUNCTION, { resourcePolicy: undefined })).status).toBe('healthy')
  })
})
