/** @module API Gateway nodes as the AWS Config mappers (providers/aws/services/apigateway) normalize them, for rule tests. */
import type { NodeInput } from '../../../model/graph-types.js'

const ACCOUNT = 'aws://accounts/111122223333'

export const REST_API: NodeInput = {
  id: 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3',
  kind: 'aws.apigateway.rest-api',
  family: 'api-endpoint',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'orders-api',
  props: { apiId: 'a1b2c3', apiType: 'REST', endpointType: 'REGIONAL', authorizerTypes: ['COGNITO_USER_POOLS'], authorizationTypes: ['COGNITO_USER_POOLS'], unauthenticatedRoutes: [], allowsUnauthenticatedAccess: false },
}

export const STAGE: NodeInput = {
  id: 'arn:aws:apigateway:eu-west-1::/restapis/a1b2c3/stages/prod',
  kind: 'aws.apigateway.stage',
  family: 'api-endpoint',
  provider: 'aws',
  scope: ACCOUNT,
  name: 'prod',
  props: {
    stageName: 'prod', apiArn: REST_API.id, webAclArn: 'arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/api/1',
    accessLogDestinationArn: 'arn:aws:logs:eu-west-1:111122223333:log-group:api-access',
  },
}
