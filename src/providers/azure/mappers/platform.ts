/** @module Container registries, container instances and apps, API Management, Log Analytics. */
import { imageRefNodeId } from '../../shared/image-ref.js'
import { armRef } from '../arm-id.js'
import type { ArmRow } from '../arm-row.js'
import { subResources } from '../arm-refs.js'
import { asArray, asBoolean, asNumber, asObject, asString, at, compact, field, lower, strings } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'
import type { RowSink } from '../row-sink.js'
import { normalizeNetworkAcls } from './network-acls.js'

function runImages(row: ArmRow, images: readonly string[], out: RowSink): string[] {
  for (const image of images) out.edge(row.id, 'is-running', imageRefNodeId(image))
  return [...images]
}

export const mapContainerRegistry: RowMapper = (row) => {
  const p = row.properties
  return compact({
    loginServer: asString(field(p, 'loginServer')),
    adminUserEnabled: asBoolean(field(p, 'adminUserEnabled')) === true,
    anonymousPullEnabled: asBoolean(field(p, 'anonymousPullEnabled')) === true,
    networkRuleSet: normalizeNetworkAcls(field(p, 'networkRuleSet')),
    dataEndpointEnabled: asBoolean(field(p, 'dataEndpointEnabled')),
    zoneRedundancy: lower(field(p, 'zoneRedundancy')),
    skuName: lower(at(row.raw, 'sku', 'name')),
  })
}

export const mapContainerGroup: RowMapper = (row, out) => {
  const p = row.properties
  const containers = subResources(field(p, 'containers'))
  const ipType = lower(at(p, 'ipAddress', 'type'))
  return compact({
    osType: lower(field(p, 'osType')),
    ipAddressType: ipType,
    isPublic: ipType === 'public',
    ipAddress: asString(at(p, 'ipAddress', 'ip')),
    fqdn: asString(at(p, 'ipAddress', 'fqdn')),
    ports: asArray(at(p, 'ipAddress', 'ports')).flatMap((port) => asNumber(field(asObject(port), 'port')) ?? []),
    images: runImages(row, containers.flatMap(({ props }) => asString(field(props, 'image')) ?? []), out),
    subnetIds: asArray(field(p, 'subnetIds')).flatMap((s) => armRef(field(asObject(s), 'id')) ?? []),
  })
}

export const mapContainerApp: RowMapper = (row, out) => {
  const p = row.properties
  const ingress = asObject(at(p, 'configuration', 'ingress'))
  const containers = asArray(at(p, 'template', 'containers'))
  return compact({
    externalIngress: asBoolean(field(ingress, 'external')),
    fqdn: asString(field(ingress, 'fqdn')),
    targetPort: asNumber(field(ingress, 'targetPort')),
    allowInsecure: asBoolean(field(ingress, 'allowInsecure')),
    environmentId: armRef(field(p, 'managedEnvironmentId')) ?? armRef(field(p, 'environmentId')),
    images: runImages(row, containers.flatMap((c) => asString(field(asObject(c), 'image')) ?? []), out),
  })
}

export const mapApiManagement: RowMapper = (row, out) => {
  const p = row.properties
  const subnetId = armRef(at(p, 'virtualNetworkConfiguration', 'subnetResourceId'))
  const publicIpAddressId = armRef(field(p, 'publicIpAddressId'))
  if (subnetId !== undefined) out.edge(row.id, 'attached-to', subnetId)
  if (publicIpAddressId !== undefined) out.edge(publicIpAddressId, 'attached-to', row.id)
  return compact({
    gatewayUrl: asString(field(p, 'gatewayUrl')),
    publicIpAddresses: strings(field(p, 'publicIPAddresses')),
    privateIpAddresses: strings(field(p, 'privateIPAddresses')),
    virtualNetworkType: lower(field(p, 'virtualNetworkType')),
    subnetId,
    publicIpAddressId,
    gatewayDisabled: asBoolean(field(p, 'disableGateway')),
    hostNames: asArray(field(p, 'hostnameConfigurations')).flatMap((h) => asString(field(asObject(h), 'hostName')) ?? []),
  })
}

export const mapApiManagementApi: RowMapper = (row) =>
  compact({
    path: asString(field(row.properties, 'path')),
    protocols: strings(field(row.properties, 'protocols')),
    serviceUrl: asString(field(row.properties, 'serviceUrl')),
    subscriptionRequired: asBoolean(field(row.properties, 'subscriptionRequired')),
    apiType: lower(field(row.properties, 'type')) ?? lower(field(row.properties, 'apiType')),
    serviceId: row.arm.parentId,
  })

export const mapLogAnalyticsWorkspace: RowMapper = (row) =>
  compact({
    retentionInDays: asNumber(field(row.properties, 'retentionInDays')),
    publicNetworkAccessForIngestion: lower(field(row.properties, 'publicNetworkAccessForIngestion')),
    publicNetworkAccessForQuery: lower(field(row.properties, 'publicNetworkAccessForQuery')),
    customerId: lower(field(row.properties, 'customerId')),
  })
