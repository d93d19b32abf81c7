/**
 * @module GKE clusters and node pools (formats.md §A3): control-plane exposure, legacy ABAC,
 * workload identity, and the service account every node runs as.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import { asBoolean, asNumber, asObject, asString, compact, lower, objects, strings } from '../../shared/json-access.js'
import type { AssetContext, AssetMapper } from '../asset-mapper.js'
import { GCP_KINDS } from '../gcp-kinds.js'
import { gcpServiceAccountNodeId } from '../../ids.js'
import { computeName, defaultComputeServiceAccount } from '../gcp-names.js'

/** `serviceAccount: default` (or none) is the project's default compute account. */
function nodeServiceAccount(ctx: AssetContext, config: JsonObject | undefined): string | undefined {
  const named = asString(config?.['serviceAccount'])
  if (named !== undefined && named !== 'default') return named
  return ctx.projectNumber === undefined ? undefined : defaultComputeServiceAccount(ctx.projectNumber)
}

/** Facts and edges of one node pool, for the pool listed in its cluster or its own NodePool asset. */
function poolFacts(ctx: AssetContext, poolId: string, pool: JsonObject): JsonObject {
  const config = asObject(pool['config'])
  const serviceAccount = nodeServiceAccount(ctx, config)
  if (serviceAccount !== undefined) {
    ctx.out.edge(poolId, 'can-authenticate-as', gcpServiceAccountNodeId(serviceAccount, ctx.projectId), {
      scopes: strings(config?.['oauthScopes']),
    })
  }
  return compact({
    name: asString(pool['name']),
    serviceAccount,
    defaultServiceAccount: serviceAccount?.endsWith('-compute@developer.gserviceaccount.com'),
    oauthScopes: strings(config?.['oauthScopes']),
    machineType: asString(config?.['machineType']),
    nodeCount: asNumber(pool['initialNodeCount']),
    workloadMetadataMode: lower(asObject(config?.['workloadMetadataConfig'])?.['mode']),
    secureBoot: asBoolean(asObject(config?.['shieldedInstanceConfig'])?.['enableSecureBoot']),
    autoUpgrade: asBoolean(asObject(pool['management'])?.['autoUpgrade']),
    privateNodes: asBoolean(asObject(pool['networkConfig'])?.['enablePrivateNodes']),
    version: asString(pool['version']),
  })
}

export const mapNodePool: AssetMapper = (ctx) => poolFacts(ctx, ctx.id, ctx.data)

export const mapCluster: AssetMapper = (ctx) => {
  const data = ctx.data
  const authorized = asObject(data['masterAuthorizedNetworksConfig'])
  const authorizedEnabled = asBoolean(authorized?.['enabled']) === true
  const cidrs = objects(authorized?.['cidrBlocks']).flatMap((block) => asString(block['cidrBlock']) ?? [])
  const privateConfig = asObject(data['privateClusterConfig'])
  const privateEndpoint = asBoolean(privateConfig?.['enablePrivateEndpoint']) === true
  const pools = objects(data['nodePools']).map((pool) => {
    const id = `${ctx.id}/nodePools/${asString(pool['name']) ?? ''}`
    const facts = poolFacts(ctx, id, pool)
    ctx.out.node({
      id,
      kind: 'gcp.container.nodepool',
      family: GCP_KINDS['gcp.container.nodepool'].family,
      provider: 'gcp',
      scope: ctx.scope,
      name: `${asString(data['name']) ?? ''}/${asString(pool['name']) ?? ''}`,
      region: ctx.region,
      props: { ...facts, clusterId: ctx.id },
    })
    ctx.out.edge(ctx.id, 'contains', id)
    return facts
  })
  const masterAuth = asObject(data['masterAuth'])
  return compact({
    endpoint: asString(data['endpoint']),
    currentMasterVersion: asString(data['currentMasterVersion']),
    legacyAbacEnabled: asBoolean(asObject(data['legacyAbac'])?.['enabled']) === true,
    masterAuthorizedNetworksEnabled: authorizedEnabled,
    masterAuthorizedCidrs: cidrs,
    gcpPublicCidrsAccessEnabled: asBoolean(authorized?.['gcpPublicCidrsAccessEnabled']),
    privateNodes: asBoolean(privateConfig?.['enablePrivateNodes']),
    privateEndpoint,
    publicEndpoint: asString(privateConfig?.['publicEndpoint']),
    // formats.md §A3: public unless the endpoint is private; unrestricted when no authorized network narrows it.
    controlPlanePublic: !privateEndpoint,
    controlPlaneUnrestricted: !privateEndpoint && (!authorizedEnabled || cidrs.length === 0 || cidrs.includes('0.0.0.0/0')),
    workloadPool: asString(asObject(data['workloadIdentityConfig'])?.['workloadPool']),
    workloadIdentityEnabled: asObject(data['workloadIdentityConfig'])?.['workloadPool'] !== undefined,
    networkPolicyEnabled: asBoolean(asObject(data['networkPolicy'])?.['enabled']),
    clientCertificateIssued: asBoolean(asObject(masterAuth?.['clientCertificateConfig'])?.['issueClientCertificate']),
    basicAuthEnabled: asString(masterAuth?.['username']) !== undefined,
    shieldedNodes: asBoolean(asObject(data['shieldedNodes'])?.['enabled']),
    binaryAuthorization: lower(asObject(data['binaryAuthorization'])?.['evaluationMode']) ?? asBoolean(asObject(data['binaryAuthorization'])?.['enabled']),
    network: computeName(asString(asObject(data['networkConfig'])?.['network']) ?? '') ?? computeName(`projects/${ctx.projectId ?? '-'}/global/networks/${asString(data['network']) ?? 'default'}`),
    subnetwork: computeName(asString(asObject(data['networkConfig'])?.['subnetwork']) ?? ''),
    nodePools: pools,
  })
}
