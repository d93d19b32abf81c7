/** @module VPC networks, subnetworks, addresses and the load-balancing chain (forwarding rules, backend services). */
import { asBoolean, asNumber, asObject, asString, compact, lower, objects, strings } from '../../shared/json-access.js'
import type { AssetMapper } from '../asset-mapper.js'
import type { CaiAsset } from '../cai-asset.js'
import type { GcpKind } from '../gcp-kinds.js'
import { computeName, lastSegment } from '../gcp-names.js'

const names = (value: unknown): string[] => strings(value).flatMap((ref) => computeName(ref) ?? [])

export const mapNetwork: AssetMapper = (ctx) =>
  compact({
    autoCreateSubnetworks: asBoolean(ctx.data['autoCreateSubnetworks']),
    routingMode: lower(asObject(ctx.data['routingConfig'])?.['routingMode']),
    mtu: asNumber(ctx.data['mtu']),
    subnetworks: names(ctx.data['subnetworks']),
    peerings: objects(ctx.data['peerings']).map((peering) =>
      compact({ name: asString(peering['name']), network: computeName(asString(peering['network']) ?? ''), state: lower(peering['state']) }),
    ),
  })

export const mapSubnetwork: AssetMapper = (ctx) => {
  const network = computeName(asString(ctx.data['network']) ?? '')
  if (network !== undefined) ctx.out.edge(ctx.id, 'attached-to', network)
  return compact({
    network,
    ipCidrRange: asString(ctx.data['ipCidrRange']),
    secondaryIpRanges: objects(ctx.data['secondaryIpRanges']).flatMap((range) => asString(range['ipCidrRange']) ?? []),
    privateIpGoogleAccess: asBoolean(ctx.data['privateIpGoogleAccess']),
    purpose: lower(ctx.data['purpose']),
    flowLogsEnabled: asBoolean(asObject(ctx.data['logConfig'])?.['enable']) ?? asBoolean(ctx.data['enableFlowLogs']),
  })
}

/** External reserved addresses are public IPs; internal ones are not. */
export const addressKind = (asset: CaiAsset): GcpKind =>
  lower(asset.data['addressType']) === 'internal' ? 'gcp.compute.internaladdress' : 'gcp.compute.address'

export const mapAddress: AssetMapper = (ctx) => {
  const users = names(ctx.data['users'])
  for (const user of users) ctx.out.edge(ctx.id, 'attached-to', user)
  return compact({
    address: asString(ctx.data['address']),
    addressType: lower(ctx.data['addressType']) ?? 'external',
    status: lower(ctx.data['status']),
    purpose: lower(ctx.data['purpose']),
    networkTier: lower(ctx.data['networkTier']),
    users,
  })
}

export const mapForwardingRule: AssetMapper = (ctx) => {
  const target = computeName(asString(ctx.data['target']) ?? '')
  const backendService = computeName(asString(ctx.data['backendService']) ?? '')
  for (const next of [target, backendService]) if (next !== undefined) ctx.out.edge(ctx.id, 'attached-to', next)
  const scheme = lower(ctx.data['loadBalancingScheme'])
  return compact({
    ipAddress: asString(ctx.data['IPAddress']),
    protocol: lower(ctx.data['IPProtocol']),
    portRange: asString(ctx.data['portRange']),
    ports: strings(ctx.data['ports']),
    allPorts: asBoolean(ctx.data['allPorts']),
    loadBalancingScheme: scheme,
    isExternal: scheme === undefined || scheme.startsWith('external'),
    target,
    backendService,
    network: computeName(asString(ctx.data['network']) ?? ''),
    subnetwork: computeName(asString(ctx.data['subnetwork']) ?? ''),
  })
}

export const mapBackendService: AssetMapper = (ctx) => {
  const groups = objects(ctx.data['backends']).flatMap((backend) => computeName(asString(backend['group']) ?? '') ?? [])
  for (const group of groups) ctx.out.edge(ctx.id, 'attached-to', group)
  return compact({
    protocol: lower(ctx.data['protocol']),
    port: asNumber(ctx.data['port']),
    portName: asString(ctx.data['portName']),
    loadBalancingScheme: lower(ctx.data['loadBalancingScheme']),
    backendGroups: groups,
    iapEnabled: asBoolean(asObject(ctx.data['iap'])?.['enabled']),
    securityPolicy: computeName(asString(ctx.data['securityPolicy']) ?? ''),
    healthChecks: names(ctx.data['healthChecks']).map(lastSegment),
  })
}
