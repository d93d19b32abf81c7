/** @module Key Vaults: who may read secrets (access policies or RBAC), from where, and how deletable. */
import type { JsonObject } from '../../../model/graph-types.js'
import { asArray, asBoolean, asNumber, asObject, asString, at, compact, field, lower, strings } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'
import { normalizeNetworkAcls } from './network-acls.js'

const permissionList = (value: unknown): string[] => strings(value).map((permission) => permission.toLowerCase())

function accessPolicy(value: unknown): JsonObject {
  const policy = asObject(value)
  const permissions = asObject(field(policy, 'permissions'))
  return compact({
    tenantId: lower(field(policy, 'tenantId')),
    objectId: lower(field(policy, 'objectId')),
    applicationId: lower(field(policy, 'applicationId')),
    keys: permissionList(field(permissions, 'keys')),
    secrets: permissionList(field(permissions, 'secrets')),
    certificates: permissionList(field(permissions, 'certificates')),
    storage: permissionList(field(permissions, 'storage')),
  })
}

export const mapKeyVault: RowMapper = (row) => {
  const p = row.properties
  const rbacAuthorization = asBoolean(field(p, 'enableRbacAuthorization')) === true
  return compact({
    vaultUri: asString(field(p, 'vaultUri')),
    tenantId: lower(field(p, 'tenantId')),
    skuName: lower(at(p, 'sku', 'name')),
    rbacAuthorization,
    // With RBAC authorization on, access policies are ignored by Azure: keep them, flagged.
    accessPolicies: asArray(field(p, 'accessPolicies')).map(accessPolicy),
    accessPoliciesIgnored: rbacAuthorization,
    networkAcls: normalizeNetworkAcls(field(p, 'networkAcls')),
    // Soft delete cannot be turned off since 2020 and ARG omits it on newer vaults: absent = on.
    softDeleteEnabled: asBoolean(field(p, 'enableSoftDelete')) ?? true,
    softDeleteRetentionInDays: asNumber(field(p, 'softDeleteRetentionInDays')),
    purgeProtection: asBoolean(field(p, 'enablePurgeProtection')) === true,
    enabledForDeployment: asBoolean(field(p, 'enabledForDeployment')),
    enabledForDiskEncryption: asBoolean(field(p, 'enabledForDiskEncryption')),
    enabledForTemplateDeployment: asBoolean(field(p, 'enabledForTemplateDeployment')),
    privateEndpointCount: asArray(field(p, 'privateEndpointConnections')).length,
  })
}

/** Secrets and keys inside a vault: metadata only (ARM never returns values). */
export const mapVaultItem: RowMapper = (row, out) => {
  if (row.arm.parentId !== undefined && row.type.endsWith('/secrets')) out.edge(row.arm.parentId, 'stores-secret', row.id)
  const attributes = asObject(field(row.properties, 'attributes'))
  return compact({
    vaultId: row.arm.parentId,
    enabled: asBoolean(field(attributes, 'enabled')),
    expires: asNumber(field(attributes, 'exp')),
    contentType: asString(field(row.properties, 'contentType')),
    keyType: asString(field(row.properties, 'kty')),
    rotationPolicy: asObject(field(row.properties, 'rotationPolicy')),
  })
}
