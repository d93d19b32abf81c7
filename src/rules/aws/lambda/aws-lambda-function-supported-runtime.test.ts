import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsLambdaFunctionSupportedRuntime } from './aws-lambda-function-supported-runtime.js'
import { FUNCTION } from './fixtures.js'

describe('aws-lambda-function-supported-runtime', () => {
  it('is healthy on python3.12', () => {
    expect(evaluateRule(awsLambdaFunctionSupportedRuntime, FUNCTION).status).toBe('healthy')
  })
  it('is unhealthy on a deprecated runtime', () => {
    expect(evaluateRule(awsLambdaFunctionSupportedRuntime, withProps(FUNCTION, { runtime: 'nodejs16.x' }))).toMatchObject({ status: 'unhealthy', message: 'function `thumbnailer` runs on deprecated runtime nodejs16.x' })
  })
  it('is not applicable to container images and unknown without a runtime', () => {
    expect(evaluateRule(awsLambdaFunctionSupportedRuntime, withProps(FUNCTION, { packageType: 'Image', runtime: undefined })).status).toBe('not-applicable')
    expect(evaluateRule(awsLambdaFunctionSupportedRuntime, withProps(FUNCTION, { runtime: undefined })).status).toBe('unknown')
  })
})
