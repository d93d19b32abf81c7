/**
 * @module One canonical CI → graph fragment: the resource node (mapped kind, or a generic
 * `aws.unmapped.<type>` node), its account node and `contains` edge, extra nodes, and edges from
 * both the configuration and Config relationships.
 */
import type { GraphFragment, JsonObject } from '../../../model/graph-types.js'
import { compact } from '../core/json.js'
import { FragmentBuilder, awsNode, unmappedNode } from '../core/nodes.js'
import type { ConfigItem } from './config-item.js'
import type { MapContext, MappedResource } from './config-mapper.js'
import { CONFIG_MAPPERS } from './config-mappers.js'
import { relationshipEdges } from './relationships.js'

export interface MappedItem {
  readonly fragment: GraphFragment
  readonly problems: readonly string[]
}

/** Config item statuses of resources that no longer exist. */
const DELETED = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded'])

export const isDeleted = (ci: ConfigItem): boolean => ci.status !== undefined && DELETED.has(ci.status)

function baseProps(ci: ConfigItem): JsonObject {
  return compact({
    accountId: ci.accountId,
    resourceType: ci.resourceType,
    resourceId: ci.resourceId,
    availabilityZone: ci.availabilityZone,
    configurationItemStatus: ci.status,
    capturedAt: ci.capturedAt,
    createdAt: ci.createdAt,
  })
}

export function mapConfigItem(ci: ConfigItem, ctx: MapContext): MappedItem {
  const out = new FragmentBuilder()
  const mapper = CONFIG_MAPPERS[ci.resourceType]
  const mapped: MappedResource | undefined = mapper?.(ci, ctx)
  const props: JsonObject = { ...baseProps(ci), config: ci.configuration }
  if (Object.keys(ci.supplementary).length > 0) props['supplementaryConfiguration'] = ci.supplementary
  Object.assign(props, mapped?.props)
  const spec = {
    id: ci.arn,
    accountId: ci.accountId,
    region: ci.region,
    name: mapped?.name ?? ci.resourceName ?? ci.resourceId,
    tags: ci.tags,
    props,
    insights: mapped?.insights ?? [],
    aliases: mapped?.aliases ?? [],
  }
  out.addNode(mapped === undefined ? unmappedNode(ci.resourceType, spec) : awsNode({ ...spec, kind: mapped.kind }))
  out.addContainment(ci.accountId, ci.arn)
  for (const extra of mapped?.nodes ?? []) {
    out.addNode(extra)
    if (extra.scope !== '') out.addContainment(ci.accountId, extra.id)
  }
  out.addEdges(mapped?.edges ?? [])
  out.addEdges(relationshipEdges(ci))
  return { fragment: out.build(), problems: mapped?.problems ?? [] }
}
