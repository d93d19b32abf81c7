/**
 * @module AWS::Lambda::Function → function node running as its execution role. Environment values
 * never enter the graph: only names are kept, and values that look like credentials raise a
 * `has-plaintext-secret` insight naming the variables.
 */
import type { Insight, JsonObject } from '../../../../model/graph-types.js'
import { compact, field, isObject, num, obj, objects, str, strings, unique } from '../../core/json.js'
import { edge } from '../../core/nodes.js'
import { parsePolicyDocument } from '../../core/policy-document.js'
import { secretKindOf } from '../../core/secret-values.js'
import { credentialTargetsIn } from '../../../shared/connection-strings.js'
import { awsAccessKeyIdsIn } from '../../../shared/aws-access-key-ids.js'
import { ec2Ref } from '../../config/config-item.js'
import type { ConfigMapper, MapContext } from '../../config/config-mapper.js'

export const REDACTED = '[redacted]'

/** The configuration with every environment value replaced, so `config` keeps the names only. */
function redactEnvironment(configuration: JsonObject): JsonObject {
  const environment = obj(configuration, 'environment')
  const variables = obj(environment, 'variables')
  if (environment === undefined || variables === undefined) return configuration
  const envKey = 'environment' in configuration ? 'environment' : 'Environment'
  const varKey = 'variables' in environment ? 'variables' : 'Variables'
  const redacted = Object.fromEntries(Object.keys(variables).map((name) => [name, REDACTED]))
  return { ...configuration, [envKey]: { ...environment, [varKey]: redacted } }
}

/**
 * `has-plaintext-secret` naming the variables that hold credentials and the kinds found; access key ids
 * (not secret) are kept in `accessKeyIds` so the key can be joined to its IAM user, values never.
 */
export function plaintextSecretInsight(variables: JsonObject, ctx: MapContext, path: string): Insight | undefined {
  const found = Object.entries(variables).flatMap(([name, value]) => {
    if (typeof value !== 'string') return []
    const kind = secretKindOf(name, value)
    // A connection string with a password or a storage key: the host or account it opens is kept, the value never.
    const targets = credentialTargetsIn(value)
    const kinds = [...(kind === undefined ? [] : [kind]), ...(targets?.kinds ?? [])]
    return kinds.map((k) => ({ name, kind: k, keyIds: awsAccessKeyIdsIn(value), hosts: targets?.hosts ?? [], storageAccounts: targets?.storageAccounts ?? [] }))
  })
  if (found.length === 0) return undefined
  const accessKeyIds = unique(found.flatMap((f) => f.keyIds))
  const hosts = unique(found.flatMap((f) => f.hosts))
  const storageAccounts = unique(found.flatMap((f) => f.storageAccounts))
  return {
    id: 'has-plaintext-secret',
    params: {
      kinds: unique(found.map((f) => f.kind)),
      variables: unique(found.map((f) => f.name)),
      where: 'environment',
      ...(accessKeyIds.length > 0 ? { accessKeyIds } : {}),
      ...(hosts.length > 0 ? { hosts } : {}),
      ...(storageAccounts.length > 0 ? { storageAccounts } : {}),
    },
    evidence: found.map((f) => ({
      source: ctx.source,
      location: `${ctx.location}.${path}.${f.name}`,
      detail: `environment variable ${f.name} holds what looks like a ${f.kind} (value not stored)`,
    })),
  }
}

export const mapLambdaFunction: ConfigMapper = (ci, ctx) => {
  const c = ci.configuration
  const s = ci.supplementary
  const role = str(c, 'role')
  const vpc = obj(c, 'vpcConfig')
  const groups = unique(strings(vpc, 'securityGroupIds').map((id) => ec2Ref(ci, 'security-group', id)))
  const variables = obj(obj(c, 'environment'), 'variables') ?? {}
  const insight = plaintextSecretInsight(variables, ctx, 'configuration.environment.variables')
  const policy = parsePolicyDocument(field(s, 'Policy') ?? field(c, 'policy'))
  const url = obj(s, 'FunctionUrlConfig', 'functionUrlConfig') ?? obj(c, 'functionUrlConfig', 'urlConfig')
  const authType = str(url, 'authType')
  const name = str(c, 'functionName') ?? ci.resourceName ?? ci.resourceId
  return {
    kind: 'aws.lambda.function',
    name,
    props: compact({
      functionName: name,
      runtime: str(c, 'runtime'),
      handler: str(c, 'handler'),
      packageType: str(c, 'packageType'),
      roleArn: role,
      timeoutSeconds: num(c, 'timeout'),
      memoryMb: num(c, 'memorySize'),
      kmsKeyArn: str(c, 'kmsKeyArn'),
      layerArns: objects(c, 'layers').flatMap((l) => strings(l, 'arn')),
      environmentVariableNames: Object.keys(variables).sort(),
      vpcSubnetIds: strings(vpc, 'subnetIds').map((id) => ec2Ref(ci, 'subnet', id)),
      securityGroupIds: groups,
      functionUrl:
        url === undefined ? undefined : compact({ url: str(url, 'functionUrl'), authType, cors: isObject(field(url, 'cors')) ? true : undefined }),
      publicFunctionUrl: url === undefined ? undefined : authType === 'NONE',
      resourcePolicy: policy.document,
      config: redactEnvironment(c),
    }),
    edges: [
      ...(role === undefined ? [] : [edge(ci.arn, role, 'can-authenticate-as', { via: 'execution-role' })]),
      ...groups.map((g) => edge(ci.arn, g, 'protected-by')),
    ],
    insights: insight === undefined ? [] : [insight],
    problems: policy.error === undefined ? [] : [`resource policy: ${policy.error}`],
  }
}
