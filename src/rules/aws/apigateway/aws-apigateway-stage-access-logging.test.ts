import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsApigatewayStageAccessLogging } from './aws-apigateway-stage-access-logging.js'
import { STAGE } from './fixtures.js'

describe('aws-apigateway-stage-access-logging', () => {
  it('is healthy with access logs', () => {
    expect(evaluateRule(awsApigatewayStageAccessLogging, STAGE).status).toBe('healthy')
  })
  it('is unhealthy without them, for HTTP API stages too', () => {
    expect(evaluateRule(awsApigatewayStageAccessLogging, withProps(STAGE, { accessLogDestinationArn: undefined }))).toMatchObject({ status: 'unhealthy', message: 'stage `prod` writes no access logs' })
    const v2 = withProps({ ...STAGE, kind: 'aws.apigatewayv2.stage' }, { accessLogDestinationArn: undefined })
    expect(evaluateRule(awsApigatewayStageAccessLogging, v2).status).toBe('unhealthy')
  })
})
