/** @module Storage accounts and blob containers: the public-access switches rules and paths read. */
import { asBoolean, asString, at, compact, field, lower } from '../json-access.js'
import type { RowMapper } from '../row-mapper.js'
import { normalizeNetworkAcls } from './network-acls.js'

export const mapStorageAccount: RowMapper = (row) => {
  const p = row.properties
  const networkAcls = normalizeNetworkAcls(field(p, 'networkAcls'))
  return compact({
    allowBlobPublicAccess: asBoolean(field(p, 'allowBlobPublicAccess')),
    networkAcls,
    networkDefaultAction: networkAcls?.['defaultAction'],
    minimumTlsVersion: asString(field(p, 'minimumTlsVersion')),
    httpsOnly: asBoolean(field(p, 'supportsHttpsTrafficOnly')),
    // ARM documents a null allowSharedKeyAccess as "equivalent to true" (keys accepted).
    allowSharedKeyAccess: asBoolean(field(p, 'allowSharedKeyAccess')) ?? true,
    defaultToOAuthAuthentication: asBoolean(field(p, 'defaultToOAuthAuthentication')),
    allowCrossTenantReplication: asBoolean(field(p, 'allowCrossTenantReplication')),
    encryptionKeySource: asString(at(p, 'encryption', 'keySource')),
    infrastructureEncryption: asBoolean(at(p, 'encryption', 'requireInfrastructureEncryption')),
    hierarchicalNamespace: asBoolean(field(p, 'isHnsEnabled')),
    sftpEnabled: asBoolean(field(p, 'isSftpEnabled')),
    blobEndpoint: asString(at(p, 'primaryEndpoints', 'blob')),
    accessTier: lower(field(p, 'accessTier')),
  })
}

export const mapBlobContainer: RowMapper = (row) => {
  const p = row.properties
  // `None` (private), `Blob` (anonymous read of blobs) or `Container` (anonymous list and read).
  const publicAccess = lower(field(p, 'publicAccess')) ?? 'none'
  return compact({
    publicAccess,
    isPublic: publicAccess !== 'none',
    storageAccountId: row.arm.parentId,
    hasImmutabilityPolicy: asBoolean(field(p, 'hasImmutabilityPolicy')),
    hasLegalHold: asBoolean(field(p, 'hasLegalHold')),
    deleted: asBoolean(field(p, 'deleted')),
  })
}
