/** @module SQL, PostgreSQL, MySQL, MariaDB, Cosmos DB and Redis: network exposure and authentication. */
import { armRef } from '../arm-id.js'
import { refIds } from '../arm-refs.js'
import { asArray, asBoolean, asObject, asString, at, compact, field, lower } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'

export const mapSqlServer: RowMapper = (row) => {
  const p = row.properties
  const aadOnly = asBoolean(at(p, 'administrators', 'azureADOnlyAuthentication'))
  return compact({
    fqdn: asString(field(p, 'fullyQualifiedDomainName')),
    version: asString(field(p, 'version')),
    administratorLogin: asString(field(p, 'administratorLogin')),
    minimalTlsVersion: asString(field(p, 'minimalTlsVersion')),
    aadOnlyAuthentication: aadOnly,
    passwordAuthEnabled: aadOnly === undefined ? undefined : !aadOnly,
    aadAdministrator: asString(at(p, 'administrators', 'login')),
    restrictOutboundNetworkAccess: lower(field(p, 'restrictOutboundNetworkAccess')),
  })
}

export const mapSqlDatabase: RowMapper = (row) =>
  compact({
    status: lower(field(row.properties, 'status')),
    serverId: row.arm.parentId,
    zoneRedundant: asBoolean(field(row.properties, 'zoneRedundant')),
    backupStorageRedundancy: lower(field(row.properties, 'requestedBackupStorageRedundancy')),
  })

export const mapSqlManagedInstance: RowMapper = (row, out) => {
  const subnetId = armRef(field(row.properties, 'subnetId'))
  if (subnetId !== undefined) out.edge(row.id, 'attached-to', subnetId)
  return compact({
    subnetId,
    publicDataEndpointEnabled: asBoolean(field(row.properties, 'publicDataEndpointEnabled')),
    minimalTlsVersion: asString(field(row.properties, 'minimalTlsVersion')),
    administratorLogin: asString(field(row.properties, 'administratorLogin')),
  })
}

/**
 * Server-level firewall rules of SQL, PostgreSQL, MySQL and MariaDB: the server is protected-by each.
 * `0.0.0.0`–`0.0.0.0` is Azure's "allow Azure services" switch; `0.0.0.0`–`255.255.255.255` is any IP.
 */
export const mapDatabaseFirewallRule: RowMapper = (row, out) => {
  const start = asString(field(row.properties, 'startIpAddress'))
  const end = asString(field(row.properties, 'endIpAddress'))
  if (row.arm.parentId !== undefined) out.edge(row.arm.parentId, 'protected-by', row.id)
  return compact({
    startIpAddress: start,
    endIpAddress: end,
    allowsAzureServices: start === '0.0.0.0' && end === '0.0.0.0',
    allowsAnyIp: start === '0.0.0.0' && end === '255.255.255.255',
    serverId: row.arm.parentId,
  })
}

/** PostgreSQL / MySQL flexible and single servers. */
export const mapOpenSourceDatabaseServer: RowMapper = (row, out) => {
  const p = row.properties
  const network = asObject(field(p, 'network'))
  const delegatedSubnetId = armRef(field(network, 'delegatedSubnetResourceId'))
  if (delegatedSubnetId !== undefined) out.edge(row.id, 'attached-to', delegatedSubnetId)
  const passwordAuth = lower(at(p, 'authConfig', 'passwordAuth'))
  return compact({
    version: asString(field(p, 'version')),
    fqdn: asString(field(p, 'fullyQualifiedDomainName')),
    administratorLogin: asString(field(p, 'administratorLogin')),
    publicNetworkAccess: lower(field(network, 'publicNetworkAccess')) ?? lower(field(p, 'publicNetworkAccess')),
    delegatedSubnetId,
    privateDnsZoneId: armRef(field(network, 'privateDnsZoneArmResourceId')),
    // Password authentication is on unless authConfig turns it off (MySQL has no switch).
    passwordAuthEnabled: passwordAuth === undefined ? true : passwordAuth === 'enabled',
    aadAuthEnabled: lower(at(p, 'authConfig', 'activeDirectoryAuth')) === 'enabled',
    sslEnforcement: lower(field(p, 'sslEnforcement')),
    minimalTlsVersion: asString(field(p, 'minimalTlsVersion')),
    highAvailability: lower(at(p, 'highAvailability', 'mode')),
    geoRedundantBackup: lower(at(p, 'backup', 'geoRedundantBackup')),
  })
}

export const mapCosmosAccount: RowMapper = (row) => {
  const p = row.properties
  return compact({
    apiKind: lower(field(row.raw, 'kind')),
    documentEndpoint: asString(field(p, 'documentEndpoint')),
    ipRules: asArray(field(p, 'ipRules')).flatMap((rule) => asString(field(asObject(rule), 'ipAddressOrRange')) ?? []),
    virtualNetworkFilterEnabled: asBoolean(field(p, 'isVirtualNetworkFilterEnabled')),
    virtualNetworkRuleIds: refIds(field(p, 'virtualNetworkRules')),
    localAuthDisabled: asBoolean(field(p, 'disableLocalAuth')),
    keyBasedMetadataWriteAccessDisabled: asBoolean(field(p, 'disableKeyBasedMetadataWriteAccess')),
    minimalTlsVersion: asString(field(p, 'minimalTlsVersion')),
    capabilities: asArray(field(p, 'capabilities')).flatMap((c) => asString(field(asObject(c), 'name')) ?? []),
    backupPolicy: lower(at(p, 'backupPolicy', 'type')),
  })
}

export const mapRedisCache: RowMapper = (row, out) => {
  const p = row.properties
  const subnetId = armRef(field(p, 'subnetId'))
  if (subnetId !== undefined) out.edge(row.id, 'attached-to', subnetId)
  return compact({
    nonSslPortEnabled: asBoolean(field(p, 'enableNonSslPort')),
    minimumTlsVersion: asString(field(p, 'minimumTlsVersion')),
    accessKeyAuthDisabled: asBoolean(field(p, 'disableAccessKeyAuthentication')),
    hostName: asString(field(p, 'hostName')),
    subnetId,
  })
}
