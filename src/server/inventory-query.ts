/**
 * @module Inventory filtering, paging and facet counts over the in-memory graph: one pass over the node
 * columns, so a 1M-node snapshot answers without materialising node records it does not return.
 * Facets are disjunctive: a facet's counts apply every filter except its own, so choosing `aws` still
 * shows how many `azure` resources the other filters leave.
 */
import type { GraphView } from '../graph/graph-view.js'
import type { SecurityGraph } from '../graph/security-graph.js'
import { FAMILY_IDS, PROVIDER_IDS } from '../model/vocabulary.js'
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

/**
 * Lowercased names and ids of every node in one string, with each node's start offset: a text search is
 * then a few `indexOf` scans over contiguous memory instead of 2M regex tests. Built on the first
 * search of a graph and kept as long as the graph lives.
 */
interface SearchIndex {
  readonly text: string
  /** `starts[i]` is where node i's segment begins; `starts[nodeCount]` is the text length. */
  readonly starts: Int32Array
}

const searchIndexes = new WeakMap<SecurityGraph, SearchIndex>()

function searchIndex(graph: SecurityGraph): SearchIndex {
  let index = searchIndexes.get(graph)
  if (index !== undefined) return index
  const parts: string[] = new Array<string>(graph.nodeCount)
  const starts = new Int32Array(graph.nodeCount + 1)
  let offset = 0
  for (let i = 0; i < graph.nodeCount; i++) {
    // Lowercased piece by piece: a few characters change length when lowercased, and offsets must follow.
    const part = `${graph.nodeName(i).toLowerCase()}\n${graph.nodeId(i).toLowerCase()}\u0000`
    parts[i] = part
    starts[i] = offset
    offset += part.length
  }
  starts[graph.nodeCount] = offset
  index = { text: parts.join(''), starts }
  searchIndexes.set(graph, index)
  return index
}

/** Nodes whose lowercased name or id contains `q` (already lowercased), as a membership array. */
function textMembership(graph: SecurityGraph, q: string): Uint8Array {
  const { text, starts } = searchIndex(graph)
  const found = new Uint8Array(graph.nodeCount)
  let from = 0
  for (;;) {
    const at = text.indexOf(q, from)
    if (at < 0) return found
    // The node whose segment holds `at`: the last start <= at.
    let lo = 0
    let hi = graph.nodeCount - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= at) lo = mid
      else hi = mid - 1
    }
    found[lo] = 1
    from = starts[lo + 1]!
  }
}

/** A 0/1 mask over a category table: 1 for the wanted names (all 1 when none are wanted). */
function codeMask(table: readonly string[], wanted: readonly string[] | undefined): Uint8Array {
  const mask = new Uint8Array(table.length)
  if (wanted === undefined || wanted.length === 0) return mask.fill(1)
  const names = new Set(wanted)
  table.forEach((name, code) => {
    if (names.has(name)) mask[code] = 1
  })
  return mask
}

/** Counts per code, as a name → count record in name order, without the zero entries. */
function countsByName(table: readonly string[], counts: Int32Array): Record<string, number> {
  const entries: [string, number][] = []
  counts.forEach((n, code) => {
    if (n > 0) entries.push([table[code]!, n])
  })
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * Nodes matching `filter` in graph order (node id order, as the store loads them), the requested page
 * of them and the facet counts. The `skyhound` pseudo-nodes (the internet) are not inventory.
 */
export function queryInventory(
  graph: SecurityGraph,
  filter: InventoryFilter,
  page: { readonly offset: number; readonly limit: number },
): InventoryResult {
  // Integer columns and per-code masks: a 1M-node scan must not hash a string per node and facet.
  const { provider, family, kind, scope, kindTable, scopeTable } = graph.columns
  const providerOk = codeMask(PROVIDER_IDS, filter.providers)
  const familyOk = codeMask(FAMILY_IDS, filter.families)
  const kindOk = codeMask(kindTable, filter.kinds)
  const scopeOk = codeMask(scopeTable, filter.scopes)
  const tagged = tagMembership(graph, filter.tags ?? [])
  const q = filter.q?.trim().toLowerCase() ?? ''
  const text = q === '' ? undefined : textMembership(graph, q)
  const pseudo = PROVIDER_IDS.indexOf('skyhound')

  const providerCounts = new Int32Array(PROVIDER_IDS.length)
  const familyCounts = new Int32Array(FAMILY_IDS.length)
  const kindCounts = new Int32Array(kindTable.length)
  const matches: number[] = []
  let total = 0
  const end = page.offset + page.limit
  for (let i = 0; i < graph.nodeCount; i++) {
    const p = provider[i]!
    if (p === pseudo) continue
    if (scopeOk[scope[i]!] === 0) continue
    if (tagged !== undefined && tagged[i] === 0) continue
    if (text !== undefined && text[i] === 0) continue
    const f = family[i]!
    const k = kind[i]!
    const okProvider = providerOk[p] === 1
    const okFamily = familyOk[f] === 1
    const okKind = kindOk[k] === 1
    if (okFamily && okKind) providerCounts[p]!++
    if (okProvider && okKind) familyCounts[f]!++
    if (okProvider && okFamily) kindCounts[k]!++
    if (okProvider && okFamily && okKind) {
      if (total >= page.offset && total < end) matches.push(i)
      total++
    }
  }
  return {
    total,
    items: matches.map((i) => nodeSummary(graph, i)),
    facets: {
      provider: countsByName(PROVIDER_IDS, providerCounts),
      family: countsByName(FAMILY_IDS, familyCounts),
      kind: countsByName(kindTable, kindCounts),
    },
  }
}
