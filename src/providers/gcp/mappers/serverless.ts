/**
 * @module Cloud Functions (1st and 2nd gen) and Cloud Run services (v1 Knative and v2 shapes).
 * Environment variables are kept by name only; their values are scanned for credentials.
 */
import type { JsonObject, JsonValue } from '../../../model/graph-types.js'
import { asObject, asString, compact, lower, objects } from '../../shared/json-access.js'
import { imageRefNodeId } from '../../shared/image-ref.js'
import type { AssetContext, AssetMapper } from '../asset-mapper.js'
import { gcpServiceAccountNodeId } from '../../ids.js'
import { defaultComputeServiceAccount } from '../gcp-names.js'
import { scanEnvironmentVariable } from '../secret-scan.js'

/** `{NAME: value}` maps (Functions) or `[{name, value | valueFrom | valueSource}]` lists (Run). */
function envEntries(value: unknown): { name: string; value: string | undefined }[] {
  const map = asObject(value)
  if (map !== undefined) return Object.entries(map).map(([name, v]) => ({ name, value: typeof v === 'string' ? v : undefined }))
  return objects(value).flatMap((entry) => {
    const name = asString(entry['name'])
    return name === undefined ? [] : [{ name, value: typeof entry['value'] === 'string' ? entry['value'] : undefined }]
  })
}

function scanEnv(ctx: AssetContext, where: string, value: unknown): string[] {
  const entries = envEntries(value)
  for (const entry of entries) {
    if (entry.value !== undefined) ctx.secrets.push(scanEnvironmentVariable(`${where}.${entry.name}`, entry.name, entry.value))
  }
  return entries.map((entry) => entry.name)
}

/** Environment values removed from `config`, names kept. */
function withoutEnvValues(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(withoutEnvValues)
  if (typeof value !== 'object' || value === null) return value
  const out: JsonObject = {}
  for (const [key, item] of Object.entries(value)) {
    if (/^(environmentVariables|buildEnvironmentVariables)$/.test(key) && asObject(item) !== undefined) {
      out[key] = Object.fromEntries(Object.keys(asObject(item) ?? {}).map((name) => [name, '[redacted]']))
    } else if (key === 'env' && Array.isArray(item)) {
      out[key] = objects(item).map((entry) => ('value' in entry ? { ...entry, value: '[redacted]' } : entry))
    } else out[key] = withoutEnvValues(item)
  }
  return out
}
export const serverlessConfig = (data: JsonObject): JsonValue => withoutEnvValues(data)

function authenticateAs(ctx: AssetContext, email: string | undefined): string | undefined {
  const account = email ?? (ctx.projectNumber === undefined ? undefined : defaultComputeServiceAccount(ctx.projectNumber))
  if (account !== undefined) {
    ctx.out.edge(ctx.id, 'can-authenticate-as', gcpServiceAccountNodeId(account, ctx.projectId), email === undefined ? { defaulted: true } : undefined)
  }
  return account
}

export const mapFunction: AssetMapper = (ctx) => {
  const data = ctx.data
  const service = asObject(data['serviceConfig'])
  const build = asObject(data['buildConfig'])
  const https = asObject(data['httpsTrigger'])
  const email = asString(data['serviceAccountEmail']) ?? asString(service?.['serviceAccountEmail'])
  return compact({
    generation: service === undefined ? 'gen1' : 'gen2',
    runtime: asString(data['runtime']) ?? asString(build?.['runtime']),
    entryPoint: asString(data['entryPoint']) ?? asString(build?.['entryPoint']),
    url: asString(https?.['url']) ?? asString(service?.['uri']) ?? asString(data['url']),
    httpsSecurityLevel: lower(https?.['securityLevel']),
    isHttpTriggered: https !== undefined || data['eventTrigger'] === undefined,
    ingressSettings: lower(data['ingressSettings']) ?? lower(service?.['ingressSettings']),
    vpcConnector: asString(data['vpcConnector']) ?? asString(service?.['vpcConnector']),
    // 1st gen without an explicit account runs as the App Engine default account, which the API fills in.
    serviceAccountEmail: email === undefined ? undefined : authenticateAs(ctx, email),
    environmentVariableNames: [
      ...scanEnv(ctx, 'environmentVariables', data['environmentVariables'] ?? service?.['environmentVariables']),
      ...scanEnv(ctx, 'buildEnvironmentVariables', data['buildEnvironmentVariables'] ?? build?.['environmentVariables']),
    ],
    secretEnvironmentVariables: objects(data['secretEnvironmentVariables'] ?? service?.['secretEnvironmentVariables']).map((s) =>
      compact({ key: asString(s['key']), secret: asString(s['secret']), version: asString(s['version']) }),
    ),
    state: lower(data['status']) ?? lower(data['state']),
  })
}

const INGRESS: Readonly<Record<string, string>> = {
  ingress_traffic_all: 'all',
  ingress_traffic_internal_only: 'internal',
  ingress_traffic_internal_load_balancer: 'internal-and-cloud-load-balancing',
}

export const mapRunService: AssetMapper = (ctx) => {
  const data = ctx.data
  // v1 (Knative): spec.template.spec; v2: template.
  const v1 = asObject(asObject(asObject(data['spec'])?.['template'])?.['spec'])
  const v2 = asObject(data['template'])
  const containers = objects(v1?.['containers'] ?? v2?.['containers'])
  const annotations = asObject(asObject(data['metadata'])?.['annotations'])
  const ingressRaw = lower(annotations?.['run.googleapis.com/ingress']) ?? lower(data['ingress'])
  const images = containers.flatMap((c) => asString(c['image']) ?? [])
  for (const image of images) ctx.out.edge(ctx.id, 'is-running', imageRefNodeId(image))
  return compact({
    url: asString(asObject(data['status'])?.['url']) ?? asString(data['uri']),
    ingress: ingressRaw === undefined ? undefined : INGRESS[ingressRaw] ?? ingressRaw,
    images,
    serviceAccountEmail: authenticateAs(ctx, asString(v1?.['serviceAccountName']) ?? asString(v2?.['serviceAccount'])),
    environmentVariableNames: containers.flatMap((c, i) => scanEnv(ctx, `containers[${i}].env`, c['env'])),
    vpcAccess: asString(annotations?.['run.googleapis.com/vpc-access-connector']) ?? asString(asObject(v2?.['vpcAccess'])?.['connector']),
  })
}
