/** @module aws-apigateway-api-authorization */
import { defineRule, healthy, notApplicable, texts, unhealthy } from '../../rule-kit.js'

export const awsApigatewayApiAuthorization = defineRule({
  id: 'aws-apigateway-api-authorization',
  title: 'API Gateway API requires authorization on every route',
  description:
    'A method or route with authorization NONE and no API key answers anyone on the internet; unless it is ' +
    'deliberately public, it exposes the integration behind it (Lambda, HTTP backend, AWS service) without ' +
    'any identity check.',
  severity: 'high',
  control: 'manage-access-and-permissions',
  categories: ['access-control', 'network-exposure'],
  remediation: {
    steps: ['Attach an authorizer (IAM, Cognito, JWT or Lambda) to every method or route that is not meant to be public.'],
    cli: 'aws apigatewayv2 update-route --api-id <api> --route-id <route> --authorization-type JWT --authorizer-id <authorizer>',
  },
  target: { kinds: ['aws.apigateway.rest-api', 'aws.apigatewayv2.api'] },
  evaluate: (api) => {
    if (api.str('endpointType') === 'PRIVATE') return notApplicable(`API ${api.label} is private (reachable from VPC endpoints only)`)
    if (!api.needBool('allowsUnauthenticatedAccess')) return healthy(`API ${api.label} requires authorization on every route`)
    const routes = texts(api.value('unauthenticatedRoutes'))
    return unhealthy(`API ${api.label} answers without authorization on ${routes.slice(0, 5).join(', ')}${routes.length > 5 ? ` and ${String(routes.length - 5)} more` : ''}`)
  },
})
