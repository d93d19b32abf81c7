/**
 * @module Management groups, subscriptions and resource groups (ARG `resourcecontainers`). The
 * management-group chain comes from properties; subscription → resource group → resource from ids.
 */
import type { JsonObject } from '../../../model/graph-types.js'
import { azureNodeId } from '../../ids.js'
import type { ArmRow } from '../arm-row.js'
import { AZURE_KINDS } from '../azure-kinds.js'
import { asArray, asObject, asString, at, compact, field, lower } from '../../shared/json-access.js'
import type { RowMapper } from '../row-mapper.js'
import type { RowSink } from '../row-sink.js'

export const managementGroupNodeId = (name: string): string =>
  azureNodeId(`/providers/Microsoft.Management/managementGroups/${name}`)

interface ChainLink {
  readonly name: string
  readonly displayName?: string
}

/** `managementGroupAncestorsChain`, nearest first: `[{name, displayName}]`. */
function chainOf(value: unknown): ChainLink[] {
  return asArray(value).flatMap((item) => {
    const link = asObject(item)
    const name = asString(field(link, 'name'))
    const displayName = asString(field(link, 'displayName'))
    return name === undefined ? [] : [{ name, ...(displayName === undefined ? {} : { displayName }) }]
  })
}

/** Emits the chain as placeholders with `contains` edges down to `childId`. */
function linkChain(chain: readonly ChainLink[], childId: string, out: RowSink): void {
  let child = childId
  for (const link of chain) {
    const id = managementGroupNodeId(link.name)
    out.edge(id, 'contains', child)
    if (out.claim(id)) {
      out.node({
        id,
        kind: 'azure.management.managementgroup',
        family: AZURE_KINDS['azure.management.managementgroup'].family,
        provider: 'azure',
        scope: '',
        ...(link.displayName === undefined ? {} : { name: link.displayName }),
      })
    }
    child = id
  }
}

export const mapSubscription: RowMapper = (row, out) => {
  const chain = chainOf(field(row.properties, 'managementGroupAncestorsChain'))
  linkChain(chain, row.id, out)
  return compact({
    subscriptionId: row.arm.subscriptionId,
    state: lower(field(row.properties, 'state')),
    managementGroupChain: chain.map((link) => link.name),
    quotaId: asString(at(row.properties, 'subscriptionPolicies', 'quotaId')),
  })
}

export const mapResourceGroup: RowMapper = (row) =>
  compact({ managedBy: lower(field(row.raw, 'managedBy')), provisioningState: lower(field(row.properties, 'provisioningState')) })

export const mapManagementGroup: RowMapper = (row: ArmRow, out: RowSink): JsonObject => {
  const details = asObject(field(row.properties, 'details'))
  const chain = chainOf(field(row.properties, 'managementGroupAncestorsChain') ?? field(details, 'managementGroupAncestorsChain'))
  const parentName = asString(at(details, 'parent', 'name')) ?? azureNodeId(asString(at(details, 'parent', 'id')) ?? '').split('/').pop()
  const links = chain.length > 0 ? chain : parentName ? [{ name: parentName }] : []
  linkChain(links, row.id, out)
  return compact({
    displayName: asString(field(row.properties, 'displayName')),
    parentId: links[0] === undefined ? undefined : managementGroupNodeId(links[0].name),
    managementGroupChain: links.map((link) => link.name),
  })
}
