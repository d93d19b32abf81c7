/**
 * @module Storage accounts, blob containers and object replication policies: the public-access switches
 * rules and paths read, and the replication that copies a container into another account (`moves-data-to`).
 */
import { armRef } from '../arm-id.js'
import { asArray, asBoolean, asObject, asString, at, compact, field, lower, strings } from '../../shared/json-access.js'
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

/**
 * An object replication policy (`storageAccounts/objectReplicationPolicies`). ARG lists it under both
 * accounts; each copy says the same: source account → destination account (`moves-data-to`, one edge once
 * merged), with the container pairs of its rules. An account given by name only (cross-tenant policies)
 * cannot be keyed: the policy keeps the name and no edge is drawn.
 */
export const mapObjectReplicationPolicy: RowMapper = (row, out) => {
  const p = row.properties
  const sourceAccount = asString(field(p, 'sourceAccount'))
  const destinationAccount = asString(field(p, 'destinationAccount'))
  const sourceAccountId = armRef(sourceAccount)
  const destinationAccountId = armRef(destinationAccount)
  const rules = asArray(field(p, 'rules')).map((rule) => {
    const r = asObject(rule)
    return compact({
      ruleId: asString(field(r, 'ruleId')),
      sourceContainer: asString(field(r, 'sourceContainer')),
      destinationContainer: asString(field(r, 'destinationContainer')),
      prefixMatch: strings(at(r, 'filters', 'prefixMatch')),
      minCreationTime: asString(at(r, 'filters', 'minCreationTime')),
    })
  })
  const containers = rules.map((rule) => compact({ from: rule['sourceContainer'], to: rule['destinationContainer'] }))
  if (sourceAccountId !== undefined && destinationAccountId !== undefined) {
    out.edge(sourceAccountId, 'moves-data-to', destinationAccountId, { via: 'object-replication', policyId: asString(field(p, 'policyId')) ?? row.name, containers })
  }
  return compact({
    policyId: asString(field(p, 'policyId')),
    sourceAccount: sourceAccountId ?? sourceAccount,
    destinationAccount: destinationAccountId ?? destinationAccount,
    enabledTime: asString(field(p, 'enabledTime')),
    rules,
    storageAccountId: row.arm.parentId,
  })
}
