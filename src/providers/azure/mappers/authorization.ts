/**
 * @module Role assignments and role definitions (ARG `authorizationresources`). The permission
 * analysis reads the normalized props; edges: assignment attached-to its principal (joined at the
 * end of the file, RoleJoin) and attached-to its definition; the assignment scope contains it.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import { azureNodeId, azureRoleDefinitionNodeId } from '../../ids.js'
import { parseArmId, trailingSegment } from '../arm-id.js'
import type { ArmRow } from '../arm-row.js'
import { asArray, asObject, asString, compact, field, lower, strings } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'

/** `/` is the tenant root scope; anything else is an ARM id, lowercased. */
function scopeId(scope: string | undefined): string | undefined {
  if (scope === undefined) return undefined
  return scope.trim() === '/' ? '/' : azureNodeId(scope)
}

export const mapRoleAssignment: RowMapper = (row, out) => {
  const p = row.properties
  const definitionArmId = asString(field(p, 'roleDefinitionId'))
  const roleDefinitionId = definitionArmId === undefined ? undefined : azureRoleDefinitionNodeId(definitionArmId)
  if (roleDefinitionId !== undefined) out.edge(row.id, 'attached-to', roleDefinitionId, { role: 'definition' })
  const scope = scopeId(asString(field(p, 'scope'))) ?? parseArmId(row.id)?.parentId ?? '/'
  return compact({
    principalId: lower(field(p, 'principalId')),
    principalType: asString(field(p, 'principalType')),
    scope,
    roleDefinitionId,
    roleDefinitionGuid: definitionArmId === undefined ? undefined : trailingSegment(definitionArmId),
    roleDefinitionArmId: definitionArmId === undefined ? undefined : azureNodeId(definitionArmId),
    condition: asString(field(p, 'condition')),
    conditionVersion: asString(field(p, 'conditionVersion')),
    description: asString(field(p, 'description')),
    delegatedManagedIdentityResourceId: lower(field(p, 'delegatedManagedIdentityResourceId')),
    createdOn: asString(field(p, 'createdOn')),
    updatedOn: asString(field(p, 'updatedOn')),
    createdBy: lower(field(p, 'createdBy')),
  })
}

export const roleDefinitionId = (row: ArmRow): string => azureRoleDefinitionNodeId(row.id)

/** Unions of every permission block's lists: what the permission evaluator starts from. */
function permissionLists(permissions: readonly JsonObject[]): JsonObject {
  const union = (key: string): string[] => [...new Set(permissions.flatMap((block) => strings(field(block, key))))]
  return {
    actions: union('actions'),
    notActions: union('notActions'),
    dataActions: union('dataActions'),
    notDataActions: union('notDataActions'),
  }
}

export const mapRoleDefinition: RowMapper = (row, out) => {
  const p = row.properties
  const roleName = asString(field(p, 'roleName'))
  const roleType = asString(field(p, 'type'))
  out.join.definition(trailingSegment(row.id), { ...(roleName === undefined ? {} : { roleName }), ...(roleType === undefined ? {} : { roleType }) })
  const permissions = asArray(field(p, 'permissions')).flatMap((block): JsonObject[] => {
    const object = asObject(block)
    return object === undefined ? [] : [object]
  })
  return compact({
    roleName,
    roleType,
    description: asString(field(p, 'description')),
    assignableScopes: strings(field(p, 'assignableScopes')).map((scope) => scopeId(scope) ?? scope),
    ...permissionLists(permissions),
    permissions,
    armId: row.id,
  })
}
