/**
 * @module VNets, subnets and route tables. ARG has no subnet rows: subnets live inside the VNet's
 * `properties.subnets`, so the VNet row emits them as nodes of their own.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import { armRef } from '../arm-id.js'
import type { ArmRow } from '../arm-row.js'
import { refId, refIds, subResources } from '../arm-refs.js'
import { AZURE_KINDS } from '../azure-kinds.js'
import { asArray, asBoolean, asObject, asString, at, compact, field, lower, strings } from '../../shared/json-access.js'
import { redactSecrets } from '../redact.js'
import type { RowMapper } from '../row-mapper.js'
import type { RowSink } from '../row-sink.js'

/** Facts and edges of one subnet, from its own row or from its VNet's `subnets` list. */
export function subnetFacts(subnetId: string, p: JsonObject, out: RowSink): JsonObject {
  const networkSecurityGroupId = refId(field(p, 'networkSecurityGroup'))
  const routeTableId = refId(field(p, 'routeTable'))
  const natGatewayId = refId(field(p, 'natGateway'))
  if (networkSecurityGroupId !== undefined) out.edge(subnetId, 'protected-by', networkSecurityGroupId)
  if (routeTableId !== undefined) out.edge(subnetId, 'attached-to', routeTableId)
  if (natGatewayId !== undefined) out.edge(subnetId, 'attached-to', natGatewayId)
  return compact({
    addressPrefixes: [...new Set([...strings(field(p, 'addressPrefix')), ...strings(field(p, 'addressPrefixes'))])],
    networkSecurityGroupId,
    routeTableId,
    natGatewayId,
    defaultOutboundAccess: asBoolean(field(p, 'defaultOutboundAccess')),
    privateEndpointNetworkPolicies: lower(field(p, 'privateEndpointNetworkPolicies')),
    serviceEndpoints: asArray(field(p, 'serviceEndpoints')).flatMap((e) => asString(field(asObject(e), 'service')) ?? []),
    delegations: subResources(field(p, 'delegations')).flatMap(({ props }) => asString(field(props, 'serviceName')) ?? []),
    ipConfigurationIds: refIds(field(p, 'ipConfigurations')),
  })
}

export const mapSubnet: RowMapper = (row, out) => subnetFacts(row.id, row.properties, out)

function emitSubnets(row: ArmRow, out: RowSink): string[] {
  const ids: string[] = []
  for (const { id, name, props } of subResources(field(row.properties, 'subnets'))) {
    if (id === undefined) continue
    ids.push(id)
    out.node({
      id,
      kind: 'azure.network.subnet',
      family: AZURE_KINDS['azure.network.subnet'].family,
      provider: 'azure',
      scope: row.scope,
      name: name ?? id.split('/').pop() ?? id,
      region: row.region,
      props: { ...subnetFacts(id, props, out), virtualNetworkId: row.id, config: redactSecrets(props) },
    })
    out.edge(row.id, 'contains', id)
  }
  return ids
}

export const mapVirtualNetwork: RowMapper = (row, out) => {
  const p = row.properties
  return compact({
    addressPrefixes: strings(at(p, 'addressSpace', 'addressPrefixes')),
    subnetIds: emitSubnets(row, out),
    ddosProtectionEnabled: asBoolean(field(p, 'enableDdosProtection')),
    peeredNetworkIds: subResources(field(p, 'virtualNetworkPeerings')).flatMap(
      ({ props }) => refId(field(props, 'remoteVirtualNetwork')) ?? [],
    ),
    dnsServers: strings(at(p, 'dhcpOptions', 'dnsServers')),
  })
}

export const mapRouteTable: RowMapper = (row, out) => {
  const p = row.properties
  const subnetIds = refIds(field(p, 'subnets'))
  for (const subnet of subnetIds) out.edge(subnet, 'attached-to', row.id)
  return compact({
    routes: subResources(field(p, 'routes')).map(({ name, props }) =>
      compact({
        name,
        addressPrefix: asString(field(props, 'addressPrefix')),
        nextHopType: lower(field(props, 'nextHopType')),
        nextHopIpAddress: asString(field(props, 'nextHopIpAddress')),
      }),
    ),
    subnetIds,
    disableBgpRoutePropagation: asBoolean(field(p, 'disableBgpRoutePropagation')),
  })
}

export const mapPrivateEndpoint: RowMapper = (row, out) => {
  const p = row.properties
  const subnetId = refId(field(p, 'subnet'))
  if (subnetId !== undefined) out.edge(row.id, 'attached-to', subnetId)
  const connections = [
    ...subResources(field(p, 'privateLinkServiceConnections')),
    ...subResources(field(p, 'manualPrivateLinkServiceConnections')),
  ]
  return compact({
    subnetId,
    targetIds: connections.flatMap(({ props }) => armRef(field(props, 'privateLinkServiceId')) ?? []),
    groupIds: connections.flatMap(({ props }) => strings(field(props, 'groupIds'))),
    networkInterfaceIds: refIds(field(p, 'networkInterfaces')),
  })
}
