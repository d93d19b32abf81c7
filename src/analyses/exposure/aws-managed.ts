/**
 * @module AWS managed endpoints: RDS instances and clusters marked `publiclyAccessible` (still behind
 * their subnets' internet route, ACLs and security groups, on the database port), the EKS public
 * API endpoint (`publicAccessCidrs`), API Gateway REST/HTTP APIs that are not private (narrowed by
 * `aws:SourceIp` in their resource policy), Lambda function URLs without authentication, and S3
 * buckets whose policy or ACL lets anyone in (unless the bucket's public access block cancels it).
 */
import type { Evidence, JsonObject } from '../../model/graph-types.js'
import type { AwsNetwork } from './aws-network.js'
import { accessLevels, readPublicPolicy, statementEvidence } from './aws-public-policy.js'
import type { PublicPolicyReading } from './aws-public-policy.js'
import type { ExposureContext } from './exposure-context.js'
import type { Layer } from './filter-layers.js'
import { indexesOf, linked, nodesOfKinds } from './graph-walk.js'
import { ANY_ADDRESS, intersectRanges, parseCidr } from './ip-range.js'
import type { IpRange } from './ip-range.js'
import { singlePort } from './port-range.js'
import { bool, isObject, num, obj, objs, str, strs } from './props.js'
import { portLayer, sourceLayer } from './rules.js'

const ENGINE_PORTS: readonly (readonly [RegExp, number])[] = [
  [/postgres/, 5432],
  [/mysql|mariadb/, 3306],
  [/sqlserver/, 1433],
  [/oracle/, 1521],
  [/db2/, 50000],
]

export function enginePort(engine: string | undefined): number | undefined {
  const name = engine?.toLowerCase() ?? ''
  return ENGINE_PORTS.find(([re]) => re.test(name))?.[1]
}

const HTTPS = [singlePort(443)]

export function exposeDatabases(ctx: ExposureContext, net: AwsNetwork): void {
  const g = ctx.graph
  for (const db of nodesOfKinds(g, 'aws.rds.db-instance', 'aws.rds.db-cluster')) {
    const p = g.nodeProps(db)
    if (bool(p, 'publiclyAccessible') !== true) continue
    const id = g.nodeId(db)
    const port = num(p, 'port') ?? enginePort(str(p, 'engine'))
    const groups = [...new Set([...linked(g, db, 'out', 'protected-by', 'aws.ec2.security-group'), ...indexesOf(g, strs(p, 'securityGroupIds'))])]
      .filter((sg) => g.nodeKind(sg) === 'aws.ec2.security-group')
      .sort((a, b) => a - b)
    const portLayers = port === undefined ? [] : [portLayer(`database port ${id} ${port}`, ['tcp'], [singlePort(port)], { source: id, detail: `publicly accessible database endpoint on port ${port}` })]
    const subnets = strs(p, 'subnetIds')
    const seen = new Set<string>()
    for (const subnet of subnets.length > 0 ? subnets : [undefined]) {
      const route = net.internetRoute(subnet, str(p, 'vpcId'), true, false)
      if (route === undefined) continue
      const nacl = net.naclLayer(subnet, str(p, 'vpcId'))
      const layers: Layer[] = [route.layer, ...(nacl === undefined ? [] : [nacl]), net.securityGroupLayer(groups), ...portLayers]
      const key = layers.map((l) => l.name.replace(/^route unknown \S+/, 'route unknown')).join('|')
      if (seen.has(key)) continue
      seen.add(key)
      ctx.sink.addRoute({
        node: id,
        entry: id,
        kind: 'managed-endpoint',
        grants: ctx.evaluate(layers),
        via: route.via,
        evidence: [{ source: id, detail: 'publiclyAccessible: true' }],
        caveats: [...route.caveats, ...(port === undefined ? ['database port unknown: every port admitted by the security groups counted'] : [])],
      })
    }
  }
}

export function exposeEksEndpoints(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const cluster of g.nodesOfKind('aws.eks.cluster')) {
    const p = g.nodeProps(cluster)
    if (bool(p, 'endpointPublicAccess') !== true) continue
    const id = g.nodeId(cluster)
    const cidrs = strs(p, 'publicAccessCidrs')
    const entries = (cidrs.length > 0 ? cidrs : ['0.0.0.0/0']).flatMap((cidr) => {
      const range = parseCidr(cidr)
      return range === undefined ? [] : [{ sources: [range], label: cidr, evidence: { source: id, detail: `public API endpoint, publicAccessCidrs ${cidr}` } }]
    })
    const layers = [sourceLayer(`eks public access ${id}`, entries), portLayer('kubernetes api 443', ['tcp'], HTTPS, { source: id, detail: 'Kubernetes API server (443)' })]
    ctx.sink.addRoute({ node: id, entry: id, kind: 'kubernetes-api', grants: ctx.evaluate(layers), caveats: ['the API server still authenticates every request'] })
  }
}

/** The layer a resource policy puts in front of an endpoint (`undefined`: no public statement). */
function policyLayer(id: string, reading: PublicPolicyReading, what: string): Layer | undefined {
  if (reading.vpcOnly) return undefined
  const entries = reading.ipAllowlist === undefined
    ? [{ sources: ANY_ADDRESS, label: '*', evidence: { source: id, detail: `${what}: no source restriction` } }]
    : reading.ipAllowlist.sources.map((range, i) => ({
        sources: [range],
        label: reading.ipAllowlist!.labels[i] ?? '',
        evidence: { source: id, detail: `${what} denies callers outside ${reading.ipAllowlist!.labels.join(', ')}`, location: `resourcePolicy.Statement[${reading.ipAllowlist!.index}]` },
      }))
  return sourceLayer(`policy ${id}`, entries)
}

export function exposeApis(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const api of nodesOfKinds(g, 'aws.apigateway.rest-api', 'aws.apigatewayv2.api')) {
    const p = g.nodeProps(api)
    const types = strs(p, 'endpointTypes')
    if (str(p, 'endpointType') === 'PRIVATE' || types.includes('PRIVATE') || bool(p, 'executeApiEndpointDisabled') === true) continue
    const id = g.nodeId(api)
    const policy = obj(p, 'resourcePolicy')
    const reading = readPublicPolicy(policy)
    // A REST API policy with statements but none public (e.g. only named accounts) keeps anonymous callers out at the edge.
    const restricted = policy !== undefined && objs(policy, 'Statement').length > 0 && reading.statements.length === 0
    const layer = policy === undefined ? undefined : restricted ? undefined : policyLayer(id, reading, 'resource policy')
    if (restricted || (policy !== undefined && layer === undefined)) continue
    const open = bool(p, 'allowsUnauthenticatedAccess')
    const caveats = open === false ? ['every method or route requires authorization'] : []
    const routes = strs(p, 'unauthenticatedRoutes')
    ctx.sink.addRoute({
      node: id,
      entry: id,
      kind: 'api-endpoint',
      grants: ctx.evaluate([...(layer === undefined ? [] : [layer]), portLayer('https 443', ['tcp'], HTTPS, { source: id, detail: `${str(p, 'endpointType') ?? 'public'} API endpoint (443)` })]),
      evidence: routes.length > 0 ? [{ source: id, detail: `routes without authorization: ${routes.slice(0, 10).join(', ')}` }] : [],
      caveats,
    })
  }
}

export function exposeFunctionUrls(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const fn of g.nodesOfKind('aws.lambda.function')) {
    const p = g.nodeProps(fn)
    if (bool(p, 'publicFunctionUrl') !== true) continue
    const id = g.nodeId(fn)
    const url = str(obj(p, 'functionUrl'), 'url')
    ctx.sink.addRoute({
      node: id,
      entry: id,
      kind: 'function-url',
      grants: ctx.evaluate([portLayer('https 443', ['tcp'], HTTPS, { source: id, detail: `function URL${url === undefined ? '' : ` ${url}`} with authType NONE` })]),
    })
  }
}

const S3_LEVELS = {
  read: ['s3:getobject', 's3:listbucket', 's3:getobjectversion'],
  write: ['s3:putobject', 's3:deleteobject'],
  admin: ['s3:putbucketpolicy', 's3:putbucketacl', 's3:deletebucket'],
}

const ACL_LEVELS: Readonly<Record<string, string[]>> = {
  READ: ['read'],
  WRITE: ['write'],
  READ_ACP: ['read-acl'],
  WRITE_ACP: ['admin'],
  FULL_CONTROL: ['read', 'write', 'admin'],
}

export function exposeBuckets(ctx: ExposureContext): void {
  const g = ctx.graph
  for (const bucket of g.nodesOfKind('aws.s3.bucket')) {
    const p = g.nodeProps(bucket)
    const id = g.nodeId(bucket)
    const block: JsonObject = obj(p, 'publicAccessBlock') ?? {}
    const evidence: Evidence[] = []
    const access = new Set<string>()
    const via: string[] = []
    const grantees = new Set<string>()
    const sourceEntries: { sources: readonly IpRange[]; label: string; evidence: Evidence }[] = []

    const reading = readPublicPolicy(obj(p, 'resourcePolicy'))
    if (block['restrictPublicBuckets'] !== true && !reading.vpcOnly && reading.statements.length > 0) {
      for (const statement of reading.statements) {
        const statementEvidenceEntry = statementEvidence(id, statement, 'bucket policy')
        const sources = reading.ipAllowlist === undefined ? statement.sources : intersectRanges(statement.sources, reading.ipAllowlist.sources)
        if (sources.length === 0) continue
        for (const level of accessLevels(statement.actions, S3_LEVELS)) access.add(level)
        evidence.push(statementEvidenceEntry)
        grantees.add('*')
        sourceEntries.push({ sources, label: reading.ipAllowlist?.labels.join(', ') ?? statement.sourceLabels.join(', '), evidence: statementEvidenceEntry })
      }
      if (sourceEntries.length > 0) via.push('bucket-policy')
    }
    if (block['ignorePublicAcls'] !== true) {
      const grants = objs(p, 'publicAclGrants').filter((grant) => isObject(grant))
      for (const grant of grants) {
        const permission = str(grant, 'permission') ?? ''
        for (const level of ACL_LEVELS[permission] ?? []) access.add(level)
        const grantee = str(grant, 'grantee') ?? 'AllUsers'
        grantees.add(grantee)
        const aclEvidence = { source: id, detail: `ACL grants ${permission} to ${grantee}` }
        evidence.push(aclEvidence)
        sourceEntries.push({ sources: ANY_ADDRESS, label: grantee, evidence: aclEvidence })
      }
      if (grants.length > 0) via.push('acl')
    }
    if (sourceEntries.length === 0) continue
    const grants = ctx.evaluate([sourceLayer(`bucket access ${id}`, sourceEntries), portLayer('https 443', ['tcp'], HTTPS, { source: id, detail: 'S3 endpoint (443)' })])
    const exposed = ctx.sink.addRoute({ node: id, entry: id, kind: 'public-bucket', grants, evidence })
    if (!exposed) continue
    ctx.sink.addPublicAccess(id, { access: [...access].sort(), via, grantees: [...grantees].sort() }, evidence)
  }
}
