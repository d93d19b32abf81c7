import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsApigatewayStageWaf } from './aws-apigateway-stage-waf.js'
import { STAGE } from './fixtures.js'

describe('aws-apigateway-stage-waf', () => {
  it('is healthy with a web ACL', () => {
    expect(evaluateRule(awsApigatewayStageWaf, STAGE).status).toBe('healthy')
  })
  it('is unhealthy without one', () => {
    expect(evaluateRule(awsApigatewayStageWaf, withProps(STAGE, { webAclArn: undefined }))).toMatchObject({ status: 'unhealthy', message: 'stage `prod` has no WAF web ACL' })
  })
})
