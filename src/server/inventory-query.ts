/**
 * @module Inventory filtering, paging and facet counts over the in-memory graph: one pass over the node
 * columns, so a 1M-node snapshot answers without materialising node records it does not return.
 * Facets are disjunctive: a facet's counts apply every filter except its own, so choosing `aws` still
 * shows how many `azure` resources the other filters leave.
 */
import type { GraphView } from '../graph/graph-view.js'
import type { Family, InsightId, Provider } from '../model/vocabulary.js'

export interface TagFilter {
  readonly key: string
  /** Absent: the tag only has to exist. */
  readonly value?: string
}

export interface InventoryFilter {
  /** Several values of one field match any of them; different fields must all match. */
  readonly providers?: readonly Provider[]
  readonly families?: readonly Family[]
  readonly kinds?: readonly string[]
  readonly scopes?: readonly string[]
  /** Every tag filter must match. */
  readonly tags?: readonly TagFilter[]
  /** Case-insensitive substring of the node name or id. */
  readonly q?: string
}

export interface NodeSummary {
  readonly id: string
  readonly kind: string
  readonly family: Family
  readonly provider: Provider
  readonly scope: string
  /** Name of the scope node (account, subscription, project, cluster), when the snapshot has it. */
  readonly scopeName: string | null
  readonly name: string
  readonly region: string | null
  readonly tags: Readonly<Record<string, string>>
  readonly insights: readonly InsightId[]
}

export interface InventoryFacets {
  readonly provider: Record<string, number>
  readonly family: Record<string, number>
  readonly kind: Record<string, number>
}

export interface InventoryResult {
  readonly total: number
  readonly items: readonly NodeSummary[]
  readonly facets: InventoryFacets
}

/** `key` or `key=value`; the first `=` separates them (AWS allows `=` in keys, rarely used). */
export function parseTagFilter(text: string): TagFilter {
  const at = text.indexOf('=')
  return at < 0 ? { key: text } : { key: text.slice(0, at), value: text.slice(at + 1) }
}

export function nodeSummary(graph: GraphView, index: number): NodeSummary {
  const node = graph.node(index)
  const scopeIndex = node.scope === '' ? undefined : graph.indexOf(node.scope)
  return {
    id: node.id,
    kind: node.kind,
    family: node.family,
    provider: node.provider,
    scope: node.scope,
    scopeName: scopeIndex === undefined ? null : graph.nodeName(scopeIndex),
    name: node.name,
    region: node.region === undefined || node.region === '' ? null : node.region,
    tags: node.tags,
    insights: [...new Set(node.insights.map((insight) => insight.id))],
  }
}

function memberSet(members: Int32Array, nodeCount: number): Uint8Array {
  const set = new Uint8Array(nodeCount)
  for (const member of members) set[member] = 1
  return set
}

/** Nodes carrying every tag filter, as a membership array; undefined when there is no tag filter. */
function tagMembership(graph: GraphView, tags: readonly TagFilter[]): Uint8Array | undefined {
  if (tags.length === 0) return undefined
  let result: Uint8Array | undefined
  for (const tag of tags) {
    const set = memberSet(graph.nodesWithTag(tag.key, tag.value), graph.nodeCount)
    if (result === undefined) result = set
    else for (let i = 0; i < set.length; i++) result[i]! &= set[i]!
  }
  return result
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * Nodes matching `filter` in graph order (node id order, as the store loads them), the requested page
 * of them and the facet counts. The `skyhound` pseudo-nodes (the internet) are not inventory.
 */
export function queryInventory(
  graph: GraphView,
  filter: InventoryFilter,
  page: { readonly offset: number; readonly limit: number },
): InventoryResult {
  const providers = new Set<string>(filter.providers ?? [])
  const families = new Set<string>(filter.families ?? [])
  const kinds = new Set(filter.kinds ?? [])
  const scopes = new Set(filter.scopes ?? [])
  const tagged = tagMembership(graph, filter.tags ?? [])
  const q = filter.q?.trim().toLowerCase() ?? ''

  const facets = { provider: {}, family: {}, kind: {} } satisfies InventoryFacets
  const matches: number[] = []
  let total = 0
  const end = page.offset + page.limit
  for (let i = 0; i < graph.nodeCount; i++) {
    const provider = graph.nodeProvider(i)
    if (provider === 'skyhound') continue
    if (tagged !== undefined && tagged[i] === 0) continue
    if (scopes.size > 0 && !scopes.has(graph.nodeScope(i))) continue
    if (q !== '' && !graph.nodeName(i).toLowerCase().includes(q) && !graph.nodeId(i).toLowerCase().includes(q)) continue
    const family = graph.nodeFamily(i)
    const kind = graph.nodeKind(i)
    const okProvider = providers.size === 0 || providers.has(provider)
    const okFamily = families.size === 0 || families.has(family)
    const okKind = kinds.size === 0 || kinds.has(kind)
    if (okFamily && okKind) increment(facets.provider, provider)
    if (okProvider && okKind) increment(facets.family, family)
    if (okProvider && okFamily) increment(facets.kind, kind)
    if (okProvider && okFamily && okKind) {
      if (total >= page.offset && total < end) matches.push(i)
      total++
    }
  }
  return {
    total,
    items: matches.map((i) => nodeSummary(graph, i)),
    facets: { provider: sorted(facets.provider), family: sorted(facets.family), kind: sorted(facets.kind) },
  }
}
