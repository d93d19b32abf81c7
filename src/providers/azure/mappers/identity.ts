/**
 * @module Managed identities. Every row with an `identity` block can authenticate as it: a
 * system-assigned identity becomes its own node keyed by principal id (azurePrincipalNodeId), a
 * user-assigned one is its ARM resource. Principal ids are registered for the role-assignment join.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import { armRef } from '../arm-id.js'
import type { ArmRow } from '../arm-row.js'
import { azurePrincipalNodeId } from '../../ids.js'
import { AZURE_KINDS } from '../azure-kinds.js'
import { asObject, asString, compact, field, lower } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'
import type { RowSink } from '../row-sink.js'

export function identityLinks(row: ArmRow, out: RowSink): JsonObject {
  const identity = asObject(field(row.raw, 'identity'))
  if (identity === undefined) return {}
  const userAssignedIdentityIds: string[] = []
  for (const [armId, info] of Object.entries(asObject(field(identity, 'userAssignedIdentities')) ?? {})) {
    const id = armRef(armId)
    if (id === undefined) continue
    userAssignedIdentityIds.push(id)
    out.edge(row.id, 'can-authenticate-as', id, { identity: 'user-assigned' })
    const principalId = lower(field(asObject(info), 'principalId'))
    if (principalId !== undefined) out.join.principal(principalId, id)
  }
  const principalId = lower(field(identity, 'principalId'))
  if (principalId !== undefined) {
    const id = azurePrincipalNodeId(principalId)
    out.join.principal(principalId, id)
    if (out.claim(id)) {
      out.node({
        id,
        kind: 'azure.managedidentity.systemassignedidentity',
        family: AZURE_KINDS['azure.managedidentity.systemassignedidentity'].family,
        provider: 'azure',
        scope: row.scope,
        name: `${row.name} (system-assigned)`,
        props: compact({ principalId, tenantId: lower(field(identity, 'tenantId')), resourceId: row.id }),
      })
    }
    out.edge(row.id, 'can-authenticate-as', id, { identity: 'system-assigned' })
  }
  return compact({
    identityType: asString(field(identity, 'type')),
    principalId,
    userAssignedIdentityIds: userAssignedIdentityIds.length > 0 ? userAssignedIdentityIds : undefined,
  })
}

/**
 * A user-assigned identity is also `azure-principal://<principalId>`: role assignments exported without it
 * (another file, another subscription) point there, and the graph lands them on this node.
 */
export function identityAliases(row: ArmRow): string[] {
  const principalId = lower(field(row.properties, 'principalId'))
  return principalId === undefined ? [] : [azurePrincipalNodeId(principalId)]
}

export const mapUserAssignedIdentity: RowMapper = (row, out) => {
  const principalId = lower(field(row.properties, 'principalId'))
  if (principalId !== undefined) out.join.principal(principalId, row.id)
  return compact({
    principalId,
    clientId: lower(field(row.properties, 'clientId')),
    tenantId: lower(field(row.properties, 'tenantId')),
  })
}

/** Workload identity federation: tokens from `issuer` for `subject` become this identity. */
export const mapFederatedCredential: RowMapper = (row) =>
  compact({
    issuer: asString(field(row.properties, 'issuer')),
    subject: asString(field(row.properties, 'subject')),
    audiences: field(row.properties, 'audiences'),
    identityId: row.arm.parentId,
  })
