/** @module Maps one Resource Graph row to nodes and edges: common facts, per-type facts, containment, identity. */
import type { JsonObject } from '../../model/graph-types.js'
import { azureSubscriptionNodeId } from '../ids.js'
import { armRef, parseArmId } from './arm-id.js'
import type { ArmRow } from './arm-row.js'
import { AZURE_KINDS } from './azure-kinds.js'
import type { AzureKind } from './azure-kinds.js'
import { AZURE_TYPES } from './azure-types.js'
import { asObject, asString, compact, field, lower, strings } from '../shared/json-access.js'
import { identityLinks } from './mappers/identity.js'
import { redactSecrets } from './redact.js'
import type { RowSink } from './row-sink.js'

const CONTAINER_KINDS: Readonly<Record<string, AzureKind>> = {
  'microsoft.resources/subscriptions': 'azure.resources.subscription',
  'microsoft.resources/subscriptions/resourcegroups': 'azure.resources.resourcegroup',
  'microsoft.management/managementgroups': 'azure.management.managementgroup',
}

function tagsOf(row: ArmRow): Record<string, string> {
  const tags: Record<string, string> = {}
  for (const [key, value] of Object.entries(asObject(field(row.raw, 'tags')) ?? {})) {
    if (value !== null) tags[key] = typeof value === 'string' ? value : JSON.stringify(value)
  }
  return tags
}

function commonProps(row: ArmRow): JsonObject {
  return compact({
    armType: row.type,
    subscriptionId: row.arm.subscriptionId,
    resourceGroup: lower(field(row.raw, 'resourceGroup')) ?? row.arm.resourceGroup,
    tenantId: lower(field(row.raw, 'tenantId')),
    azureKind: asString(field(row.raw, 'kind')),
    sku: asObject(field(row.raw, 'sku')),
    zones: strings(field(row.raw, 'zones')).length > 0 ? strings(field(row.raw, 'zones')) : undefined,
    managedBy: armRef(field(row.raw, 'managedBy')),
    provisioningState: lower(field(row.properties, 'provisioningState')),
    publicNetworkAccess: lower(field(row.properties, 'publicNetworkAccess')),
  })
}

/**
 * Subscriptions, resource groups and management groups named only by a row's id still get a node
 * (once per file), so `contains` chains and scopes resolve without a `resourcecontainers` export.
 * No name: the builder then takes the display name from the real row, whatever the file order.
 */
function placeholder(id: string, out: RowSink): void {
  const parsed = parseArmId(id)
  const kind = parsed === undefined ? undefined : CONTAINER_KINDS[parsed.type]
  if (parsed === undefined || kind === undefined || !out.claim(parsed.id)) return
  out.node({
    id: parsed.id,
    kind,
    family: AZURE_KINDS[kind].family,
    provider: 'azure',
    scope: parsed.subscriptionId === undefined ? '' : azureSubscriptionNodeId(parsed.subscriptionId),
  })
  if (parsed.parentId !== undefined) {
    out.edge(parsed.parentId, 'contains', parsed.id)
    placeholder(parsed.parentId, out)
  }
}

function containment(id: string, row: ArmRow, out: RowSink): void {
  const parentId = id === row.id ? row.arm.parentId : parseArmId(id)?.parentId
  if (parentId === undefined) return
  out.edge(parentId, 'contains', id)
  placeholder(parentId, out)
}

export function mapRow(row: ArmRow, out: RowSink): void {
  const spec = AZURE_TYPES[row.type]
  if (spec?.intoParent === true) {
    spec.map?.(row, out)
    return
  }
  const kind = spec === undefined ? undefined : typeof spec.kind === 'function' ? spec.kind(row) : spec.kind
  const id = spec?.idOf?.(row) ?? row.id
  // Containers are claimed so later rows skip their placeholder (plain resources need no entry).
  if (CONTAINER_KINDS[row.type] !== undefined) out.claim(id)
  const props: JsonObject = {
    ...commonProps(row),
    ...identityLinks(row, out),
    ...(spec?.map?.(row, out) ?? {}),
    config: redactSecrets(row.properties),
  }
  const aliases = spec?.aliasesOf?.(row) ?? []
  const node = {
    id,
    ...(aliases.length > 0 ? { aliases } : {}),
    kind: kind ?? `azure.unmapped.${row.type}`,
    family: kind === undefined ? ('other' as const) : AZURE_KINDS[kind].family,
    provider: 'azure' as const,
    scope: row.scope,
    name: spec?.nameOf?.(row) ?? row.name,
    region: row.region,
    tags: tagsOf(row),
    props,
  }
  if (spec?.deferred === true) out.join.assignment(node)
  else out.node(node)
  containment(id, row, out)
}
