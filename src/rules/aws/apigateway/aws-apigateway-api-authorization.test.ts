import { describe, expect, it } from 'vitest'
import { evaluateRule, withProps } from '../../testing/rule-harness.js'
import { awsApigatewayApiAuthorization } from './aws-apigateway-api-authorization.js'
import { REST_API } from './fixtures.js'

describe('aws-apigateway-api-authorization', () => {
  it('is healthy when every method has an authorizer', () => {
    expect(evaluateRule(awsApigatewayApiAuthorization, REST_API).status).toBe('healthy')
  })
  it('is unhealthy with open methods, naming them', () => {
    const open = withProps(REST_API, { allowsUnauthenticatedAccess: true, unauthenticatedRoutes: ['GET /orders', 'POST /orders'] })
    expect(evaluateRule(awsApigatewayApiAuthorization, open)).toMatchObject({ status: 'unhealthy', message: 'API `orders-api` answers without authorization on GET /orders, POST /orders' })
  })
  it('is not applicable to private APIs and unknown when methods were not exported', () => {
    expect(evaluateRule(awsApigatewayApiAuthorization, withProps(REST_API, { endpointType: 'PRIVATE', allowsUnauthenticatedAccess: true })).status).toBe('not-applicable')
    expect(evaluateRule(awsApigatewayApiAuthorization, withProps(REST_API, { allowsUnauthenticatedAccess: undefined })).status).toBe('unknown')
  })
})
