/**
 * @module Parses ARM ids into their parts. Ids are lowercased first (formats.md rule 3: ARG lowercases
 * `type` and often the resource group, other exports keep the portal casing), so every comparison
 * and every node id built from a part is case-insensitive.
 */
import { azureNodeId, azureSubscriptionNodeId } from '../ids.js'

export interface ArmId {
  /** The lowercased id, which is also the node id. */
  readonly id: string
  readonly subscriptionId?: string
  readonly resourceGroup?: string
  /** Lowercased type: `microsoft.compute/virtualmachines`, `microsoft.resources/subscriptions`… */
  readonly type: string
  readonly name: string
  /** The node that contains this one: top-level resource of a child, else the resource group,
   * subscription, management group or resource the id is scoped to. */
  readonly parentId?: string
}

const SUBSCRIPTION_TYPE = 'microsoft.resources/subscriptions'
const RESOURCE_GROUP_TYPE = 'microsoft.resources/subscriptions/resourcegroups'

function containerOf(segments: readonly string[]): ArmId | undefined {
  const [root, subscription, rgKey, resourceGroup, ...rest] = segments
  if (root !== 'subscriptions' || subscription === undefined || rest.length > 0) return undefined
  const subscriptionNode = azureSubscriptionNodeId(subscription)
  if (rgKey === undefined) return { id: subscriptionNode, subscriptionId: subscription, type: SUBSCRIPTION_TYPE, name: subscription }
  if (rgKey !== 'resourcegroups' || resourceGroup === undefined) return undefined
  return {
    id: `${subscriptionNode}/resourcegroups/${resourceGroup}`,
    subscriptionId: subscription,
    resourceGroup,
    type: RESOURCE_GROUP_TYPE,
    name: resourceGroup,
    parentId: subscriptionNode,
  }
}

/** Parses an ARM id; `undefined` when it is not one (no leading `/subscriptions/` or `/providers/`). */
export function parseArmId(armId: string): ArmId | undefined {
  const id = azureNodeId(armId)
  if (!id.startsWith('/subscriptions/') && !id.startsWith('/providers/')) return undefined
  const segments = id.slice(1).split('/')
  if (segments.some((segment) => segment === '')) return undefined
  const p = segments.lastIndexOf('providers')
  if (p < 0) return containerOf(segments)
  const namespace = segments[p + 1]
  const rest = segments.slice(p + 2)
  if (namespace === undefined || rest.length < 2 || rest.length % 2 !== 0) return undefined
  const types = rest.filter((_, i) => i % 2 === 0)
  const prefix = p > 0 ? `/${segments.slice(0, p).join('/')}` : ''
  const topLevelId = rest.length > 2 ? `${prefix}/providers/${namespace}/${rest[0]}/${rest[1]}` : undefined
  const parentId = topLevelId ?? (prefix === '' ? undefined : prefix)
  const subscriptionId = segments[0] === 'subscriptions' ? segments[1] : undefined
  const resourceGroup = segments[2] === 'resourcegroups' && p > 3 ? segments[3] : undefined
  return {
    id,
    ...(subscriptionId === undefined ? {} : { subscriptionId }),
    ...(resourceGroup === undefined ? {} : { resourceGroup }),
    type: `${namespace}/${types.join('/')}`,
    name: rest[rest.length - 1]!,
    ...(parentId === undefined ? {} : { parentId }),
  }
}

/** Lowercased node id of an ARM id found inside properties; `undefined` when it is not an ARM id. */
export function armRef(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  // A prefix check, not a full parse: references are many and only need the canonical form.
  const id = azureNodeId(value)
  return (id.startsWith('/subscriptions/') || id.startsWith('/providers/')) && !id.includes('//') ? id : undefined
}

/** The last segment, lowercased: role definition GUIDs are joined on it (formats.md §A2). */
export const trailingSegment = (armId: string): string => azureNodeId(armId).split('/').pop() ?? ''

/** The resource that owns a sub-resource id (NIC of an ipConfiguration, LB of a frontend). */
export function ownerOf(armId: string): string | undefined {
  const parsed = parseArmId(armId)
  if (parsed === undefined) return undefined
  const segments = parsed.id.split('/')
  const p = segments.lastIndexOf('providers')
  return p < 0 ? parsed.id : segments.slice(0, p + 4).join('/')
}
