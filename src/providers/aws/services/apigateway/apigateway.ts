/**
 * @module API Gateway REST APIs (v1), HTTP/WebSocket APIs (v2) and their stages: endpoint type,
 * resource policy, and the authorization of each method or route when the export includes them
 * (`resources` with `resourceMethods`, `routes`; Config items alone do not).
 */
import type { JsonObject } from '../../../../model/graph-types.js'
import { bool, compact, field, isObject, obj, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { partitionOf } from '../../core/arn.js'
import { parsePolicyDocument } from '../../core/policy-document.js'
import { toIsoTimestamp } from '../../core/timestamps.js'
import { orDefault } from '../../config/config-item.js'
import type { ConfigItem } from '../../config/config-item.js'
import type { ConfigMapper } from '../../config/config-mapper.js'

interface AuthEntry {
  readonly label: string
  readonly authorizationType: string
  readonly apiKeyRequired: boolean
}

function restMethods(c: JsonObject): AuthEntry[] {
  return objects(c, 'resources').flatMap((resource) => {
    const methods = obj(resource, 'resourceMethods') ?? {}
    return Object.entries(methods).flatMap(([method, detail]) =>
      isObject(detail)
        ? [
            {
              label: `${method} ${str(resource, 'path') ?? '/'}`,
              authorizationType: str(detail, 'authorizationType') ?? 'NONE',
              apiKeyRequired: bool(detail, 'apiKeyRequired') ?? false,
            },
          ]
        : [],
    )
  })
}

function httpRoutes(c: JsonObject): AuthEntry[] {
  return objects(c, 'routes').map((route) => ({
    label: str(route, 'routeKey') ?? '$default',
    authorizationType: str(route, 'authorizationType') ?? 'NONE',
    apiKeyRequired: bool(route, 'apiKeyRequired') ?? false,
  }))
}

/** Authorization facts; without methods/routes in the export, only the authorizer types are known. */
function authorizationProps(entries: AuthEntry[], c: JsonObject): JsonObject {
  const authorizerTypes = unique(objects(c, 'authorizers').flatMap((a) => strings(a, 'type', 'authorizerType')))
  if (entries.length === 0) return { authorizerTypes }
  const open = entries.filter((e) => e.authorizationType === 'NONE' && !e.apiKeyRequired)
  return {
    authorizerTypes,
    authorizationTypes: unique(entries.map((e) => e.authorizationType)),
    unauthenticatedRoutes: open.map((e) => e.label),
    allowsUnauthenticatedAccess: open.length > 0,
  }
}

function policyOf(ci: ConfigItem): { document?: JsonObject; problems: string[] } {
  const policy = parsePolicyDocument(field(ci.configuration, 'policy'))
  return { ...(policy.document ? { document: policy.document } : {}), problems: policy.error ? [`resource policy: ${policy.error}`] : [] }
}

export const mapRestApi: ConfigMapper = (ci) => {
  const c = ci.configuration
  const policy = policyOf(ci)
  const types = strings(obj(c, 'endpointConfiguration'), 'types')
  return {
    kind: 'aws.apigateway.rest-api',
    name: str(c, 'name') ?? ci.resourceName,
    props: compact({
      apiId: str(c, 'id', 'restApiId') ?? ci.resourceId,
      apiType: 'REST',
      endpointType: types[0],
      endpointTypes: types,
      vpcEndpointIds: strings(obj(c, 'endpointConfiguration'), 'vpcEndpointIds'),
      executeApiEndpointDisabled: orDefault(ci, bool(c, 'disableExecuteApiEndpoint'), false),
      apiKeySource: str(c, 'apiKeySource'),
      createdAt: toIsoTimestamp(field(c, 'createdDate')),
      resourcePolicy: policy.document,
      ...authorizationProps(restMethods(c), c),
    }),
    problems: policy.problems,
  }
}

export const mapHttpApi: ConfigMapper = (ci) => {
  const c = ci.configuration
  return {
    kind: 'aws.apigatewayv2.api',
    name: str(c, 'name') ?? ci.resourceName,
    props: compact({
      apiId: str(c, 'apiId') ?? ci.resourceId,
      apiType: str(c, 'protocolType'),
      endpointType: 'REGIONAL',
      apiEndpoint: str(c, 'apiEndpoint'),
      executeApiEndpointDisabled: orDefault(ci, bool(c, 'disableExecuteApiEndpoint'), false),
      createdAt: toIsoTimestamp(field(c, 'createdDate')),
      ...authorizationProps(httpRoutes(c), c),
    }),
  }
}

function mapStage(kind: 'aws.apigateway.stage' | 'aws.apigatewayv2.stage'): ConfigMapper {
  return (ci) => {
    const c = ci.configuration
    const apiId = str(c, kind === 'aws.apigateway.stage' ? 'restApiId' : 'apiId')
    const segment = kind === 'aws.apigateway.stage' ? 'restapis' : 'apis'
    const api = apiId === undefined ? undefined : `arn:${partitionOf(ci.region)}:apigateway:${ci.region}::/${segment}/${apiId}`
    const accessLogs = obj(c, 'accessLogSettings')
    return {
      kind,
      name: str(c, 'stageName') ?? ci.resourceName,
      props: compact({
        stageName: str(c, 'stageName'),
        apiArn: api,
        deploymentId: str(c, 'deploymentId'),
        webAclArn: str(c, 'webAclArn'),
        tracingEnabled: bool(c, 'tracingEnabled'),
        clientCertificateId: str(c, 'clientCertificateId'),
        accessLogDestinationArn: str(accessLogs, 'destinationArn'),
        autoDeploy: bool(c, 'autoDeploy'),
      }),
      edges: api === undefined ? [] : [edge(api, ci.arn, 'contains')],
    }
  }
}

export const mapRestApiStage = mapStage('aws.apigateway.stage')
export const mapHttpApiStage = mapStage('aws.apigatewayv2.stage')
