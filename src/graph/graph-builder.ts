/** @module Builds a SecurityGraph from the GraphFragments of any number of inputs. */
import type {
  EdgeInput,
  GraphFragment,
  Insight,
  JsonObject,
  NodeInput,
  Provenance,
} from '../model/graph-types.js'
import { FAMILY_IDS, PROVIDER_IDS } from '../model/vocabulary.js'
import { EDGE_KIND_IDS } from '../model/vocabulary.js'
import { buildEdgeIndex } from './csr.js'
import { StringInterner } from './interner.js'
import { mergeProps } from './merge-props.js'
import {
  EMPTY_LIST,
  EMPTY_OBJECT,
  EMPTY_TAGS,
  SecurityGraph,
  edgeKindCode,
  familyCode,
} from './security-graph.js'
import type { EdgeAttributes, NodeColumns } from './security-graph.js'

/** An edge whose endpoint no input defines: kept and reported, never silently dropped. */
export interface DanglingEdge extends EdgeInput {
  readonly missing: 'from' | 'to' | 'both'
}

/** Two different nodes list the same alias: the alias keeps pointing at the first, the second is not merged. */
export interface AliasConflict {
  readonly alias: string
  /** The node the alias resolves to (the first that listed it, or the node defined under it). */
  readonly kept: string
  /** The node whose claim on the alias was ignored. */
  readonly ignored: string
}

export interface BuildResult {
  readonly graph: SecurityGraph
  readonly dangling: readonly DanglingEdge[]
  readonly aliasConflicts: readonly AliasConflict[]
}

const PROVIDER_CODE = new Map(PROVIDER_IDS.map((p, i) => [p, i]))
const OTHER_FAMILY = familyCode('other')
/** How authoritative a provider's description of a node is, by provider code: live > IaC > scanner. */
const SOURCE_RANK = PROVIDER_IDS.map((provider) => (provider === 'scanner' ? 0 : provider === 'terraform' ? 1 : 2))

/** Growable typed array, so 5M edges never pass through a JS array of numbers. */
class IntColumn {
  private data = new Int32Array(1024)
  length = 0
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }
  get(i: number): number {
    return this.data[i]!
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length)
  }
}

function mergeAttributes(a: EdgeAttributes, b: EdgeAttributes): EdgeAttributes {
  return { props: mergeProps(a.props, b.props), evidence: [...a.evidence, ...b.evidence] }
}

export class GraphBuilder {
  /** Every id seen, as node or as edge endpoint; `defined[i]` is the node slot or -1. */
  private readonly ids = new StringInterner()
  private defined = new Int32Array(1024).fill(-1)
  private readonly kinds = new StringInterner()
  private readonly scopes = new StringInterner()

  private readonly nodeIdRef = new IntColumn()
  private readonly kindCol = new IntColumn()
  private readonly familyCol = new IntColumn()
  private readonly providerCol = new IntColumn()
  private readonly scopeCol = new IntColumn()
  private readonly names: string[] = []
  private readonly regions: (string | undefined)[] = []
  private readonly tags: Readonly<Record<string, string>>[] = []
  private readonly props: JsonObject[] = []
  private readonly insights: (readonly Insight[])[] = []
  private readonly provenance: (readonly Provenance[])[] = []

  private readonly edgeFrom = new IntColumn()
  private readonly edgeTo = new IntColumn()
  private readonly edgeKind = new IntColumn()
  private readonly edgeAttr = new IntColumn()
  private readonly attributes: EdgeAttributes[] = []
  /** Pairs (alias id ref, canonical id ref), resolved at build time. */
  private readonly aliasPairs: [number, number][] = []

  constructor() {
    this.scopes.intern('')
  }

  get nodeCount(): number {
    return this.names.length
  }
  get edgeCount(): number {
    return this.edgeFrom.length
  }

  addFragment(fragment: GraphFragment, provenance?: Provenance): this {
    for (const node of fragment.nodes) this.addNode(node, provenance)
    for (const edge of fragment.edges) this.addEdge(edge)
    return this
  }

  private slotOf(id: string): number {
    const ref = this.ids.intern(id)
    if (ref >= this.defined.length) {
      const bigger = new Int32Array(this.defined.length * 2).fill(-1)
      bigger.set(this.defined)
      this.defined = bigger
    }
    return ref
  }

  addNode(node: NodeInput, provenance?: Provenance): void {
    const ref = this.slotOf(node.id)
    const sources = provenance === undefined ? (node.provenance ?? EMPTY_LIST) : [...(node.provenance ?? []), provenance]
    if (node.aliases) for (const alias of node.aliases) if (alias !== node.id) this.aliasPairs.push([this.slotOf(alias), ref])
    const existing = this.defined[ref]!
    if (existing < 0) {
      this.defined[ref] = this.names.length
      this.nodeIdRef.push(ref)
      this.kindCol.push(this.kinds.intern(node.kind))
      this.familyCol.push(familyCode(node.family))
      this.providerCol.push(PROVIDER_CODE.get(node.provider)!)
      this.scopeCol.push(this.scopes.intern(node.scope ?? ''))
      this.names.push(node.name ?? node.id)
      this.regions.push(node.region)
      this.tags.push(node.tags && Object.keys(node.tags).length > 0 ? node.tags : EMPTY_TAGS)
      this.props.push(node.props ?? EMPTY_OBJECT)
      this.insights.push(node.insights ?? EMPTY_LIST)
      this.provenance.push(sources)
      return
    }
    this.mergeNode(existing, node, sources)
  }

  /** Same id from another input: one node, richer facts win, every source is kept. */
  private mergeNode(slot: number, node: NodeInput, sources: readonly Provenance[]): void {
    const incomingFamily = familyCode(node.family)
    const incomingProvider = PROVIDER_CODE.get(node.provider)!
    const upgradesFamily = this.familyCol.get(slot) === OTHER_FAMILY && incomingFamily !== OTHER_FAMILY
    // A live export describes a resource better than IaC or a scanner stub read before it.
    const upgradesSource = SOURCE_RANK[incomingProvider]! > SOURCE_RANK[this.providerCol.get(slot)]! && incomingFamily !== OTHER_FAMILY
    if (upgradesFamily || upgradesSource) {
      this.kindCol.view()[slot] = this.kinds.intern(node.kind)
      this.familyCol.view()[slot] = incomingFamily
      this.providerCol.view()[slot] = incomingProvider
    }
    if (node.scope && this.scopeCol.get(slot) === 0) this.scopeCol.view()[slot] = this.scopes.intern(node.scope)
    if (node.name && this.names[slot] === this.ids.value(this.nodeIdRef.get(slot))) this.names[slot] = node.name
    if (node.region !== undefined && this.regions[slot] === undefined) this.regions[slot] = node.region
    if (node.tags && Object.keys(node.tags).length > 0) this.tags[slot] = { ...this.tags[slot], ...node.tags }
    if (node.props) this.props[slot] = mergeProps(this.props[slot]!, node.props)
    if (node.insights && node.insights.length > 0) this.insights[slot] = [...this.insights[slot]!, ...node.insights]
    if (sources.length > 0) this.provenance[slot] = [...this.provenance[slot]!, ...sources]
  }

  addEdge(edge: EdgeInput): void {
    this.edgeFrom.push(this.slotOf(edge.from))
    this.edgeTo.push(this.slotOf(edge.to))
    this.edgeKind.push(edgeKindCode(edge.kind))
    const hasAttributes = (edge.props && Object.keys(edge.props).length > 0) || (edge.evidence && edge.evidence.length > 0)
    if (hasAttributes) {
      this.edgeAttr.push(this.attributes.length)
      this.attributes.push({ props: edge.props ?? EMPTY_OBJECT, evidence: edge.evidence ?? EMPTY_LIST })
    } else {
      this.edgeAttr.push(-1)
    }
  }

  /** The stored node of a slot, as input, so a placeholder can merge into its canonical node. */
  private slotAsInput(slot: number): NodeInput {
    const region = this.regions[slot]
    return {
      id: this.ids.value(this.nodeIdRef.get(slot)),
      kind: this.kinds.value(this.kindCol.get(slot)),
      family: FAMILY_IDS[this.familyCol.get(slot)]!,
      provider: PROVIDER_IDS[this.providerCol.get(slot)]!,
      scope: this.scopes.value(this.scopeCol.get(slot)),
      name: this.names[slot]!,
      ...(region === undefined ? {} : { region }),
      tags: this.tags[slot]!,
      props: this.props[slot]!,
      insights: this.insights[slot]!,
    }
  }

  /**
   * Points every alias at its canonical node. A node defined under an alias id (a placeholder) merges
   * into the canonical node and its slot is dropped. Returns old slot → new slot (-1 when dropped).
   */
  private resolveAliases(conflicts: AliasConflict[]): Int32Array {
    const n = this.names.length
    const remap = new Int32Array(n)
    for (let slot = 0; slot < n; slot++) remap[slot] = slot
    const idTable = this.ids.table()
    for (const [aliasRef, canonicalRef] of this.aliasPairs) {
      const canonical = this.defined[canonicalRef]!
      const current = this.defined[aliasRef]!
      if (current < 0 || current === canonical) {
        this.defined[aliasRef] = canonical
        continue
      }
      // Only a node defined under the alias id itself is a placeholder for the canonical node; a slot the
      // alias already points at through another node's alias list is a different resource: keep the first.
      const placeholder = this.nodeIdRef.get(current) === aliasRef && remap[current] === current
      if (placeholder) {
        this.mergeNode(canonical, this.slotAsInput(current), this.provenance[current]!)
        remap[current] = -1
        this.defined[aliasRef] = canonical
      } else if (remap[current] !== -1) {
        conflicts.push({ alias: idTable[aliasRef]!, kept: idTable[this.nodeIdRef.get(current)]!, ignored: idTable[canonicalRef]! })
      } else {
        this.defined[aliasRef] = canonical
      }
    }
    let next = 0
    for (let slot = 0; slot < n; slot++) if (remap[slot]! >= 0) remap[slot] = next++
    return remap
  }

  build(): BuildResult {
    const aliasConflicts: AliasConflict[] = []
    const remap = this.resolveAliases(aliasConflicts)
    const kept: number[] = []
    for (let slot = 0; slot < remap.length; slot++) if (remap[slot]! >= 0) kept.push(slot)
    const n = kept.length
    const idTable = this.ids.table()
    const ids: string[] = new Array<string>(n)
    const idIndex = new Map<string, number>()
    kept.forEach((slot, index) => {
      const id = idTable[this.nodeIdRef.get(slot)]!
      ids[index] = id
      idIndex.set(id, index)
    })
    for (const [aliasRef] of this.aliasPairs) {
      const target = this.defined[aliasRef]!
      if (target >= 0 && !idIndex.has(idTable[aliasRef]!)) idIndex.set(idTable[aliasRef]!, remap[target]!)
    }
    const pick = <T>(column: readonly T[]): T[] => (n === column.length ? [...column] : kept.map((slot) => column[slot]!))

    const dangling: DanglingEdge[] = []
    const m = this.edgeFrom.length
    const from = new Int32Array(m)
    const to = new Int32Array(m)
    const kind = new Uint8Array(m)
    const attr = new Int32Array(m)
    let keptEdges = 0
    for (let e = 0; e < m; e++) {
      const fSlot = this.defined[this.edgeFrom.get(e)]!
      const tSlot = this.defined[this.edgeTo.get(e)]!
      const f = fSlot < 0 ? -1 : remap[fSlot]!
      const t = tSlot < 0 ? -1 : remap[tSlot]!
      const a = this.edgeAttr.get(e)
      if (f < 0 || t < 0) {
        const attributes = a < 0 ? undefined : this.attributes[a]
        dangling.push({
          from: idTable[this.edgeFrom.get(e)]!,
          to: idTable[this.edgeTo.get(e)]!,
          kind: EDGE_KIND_IDS[this.edgeKind.get(e)]!,
          props: attributes?.props ?? EMPTY_OBJECT,
          evidence: attributes?.evidence ?? EMPTY_LIST,
          missing: f < 0 && t < 0 ? 'both' : f < 0 ? 'from' : 'to',
        })
        continue
      }
      from[keptEdges] = f
      to[keptEdges] = t
      kind[keptEdges] = this.edgeKind.get(e)
      attr[keptEdges] = a
      keptEdges++
    }

    const columns: NodeColumns = {
      ids,
      idIndex,
      kindTable: [...this.kinds.table()],
      kind: Uint16Array.from(kept, (slot) => this.kindCol.get(slot)),
      family: Uint8Array.from(kept, (slot) => this.familyCol.get(slot)),
      provider: Uint8Array.from(kept, (slot) => this.providerCol.get(slot)),
      scopeTable: [...this.scopes.table()],
      scope: Int32Array.from(kept, (slot) => this.scopeCol.get(slot)),
      names: pick(this.names),
      regions: pick(this.regions),
      tags: pick(this.tags),
      props: pick(this.props),
      insights: pick(this.insights),
      provenance: pick(this.provenance),
    }
    const graph = indexGraph(
      columns,
      {
        from: from.subarray(0, keptEdges),
        to: to.subarray(0, keptEdges),
        kind: kind.subarray(0, keptEdges),
        attr: attr.subarray(0, keptEdges),
      },
      this.attributes,
    )
    return { graph, dangling, aliasConflicts }
  }
}

function indexGraph(
  columns: NodeColumns,
  edgeColumns: { from: Int32Array; to: Int32Array; kind: Uint8Array; attr: Int32Array },
  attributes: EdgeAttributes[],
): SecurityGraph {
  const merge = (keptAttr: number, droppedAttr: number): number => {
    if (droppedAttr < 0) return keptAttr
    if (keptAttr < 0) return droppedAttr
    attributes[keptAttr] = mergeAttributes(attributes[keptAttr]!, attributes[droppedAttr]!)
    return keptAttr
  }
  const index = buildEdgeIndex(edgeColumns, columns.ids.length, EDGE_KIND_IDS.length, merge)
  return new SecurityGraph(columns, index, attributes)
}

/** What one analysis adds to the graph: derived edges (with evidence) and insights on nodes. */
export interface Derivation {
  readonly edges?: readonly EdgeInput[]
  readonly insights?: readonly { readonly node: string; readonly insight: Insight }[]
}

/**
 * Returns a new graph with the derivation applied; `graph` is left unchanged (analyses see a
 * consistent view). Endpoints must exist: analyses derive from nodes they read.
 */
export function deriveGraph(graph: SecurityGraph, derivation: Derivation): SecurityGraph {
  const c = graph.columns
  const resolve = (id: string, role: string): number => {
    const index = c.idIndex.get(id)
    if (index === undefined) throw new Error(`derived ${role} ${id} is not a node of the graph`)
    return index
  }
  let insights = c.insights
  if (derivation.insights && derivation.insights.length > 0) {
    const copy = [...c.insights]
    for (const { node, insight } of derivation.insights) {
      const i = resolve(node, 'insight target')
      copy[i] = [...copy[i]!, insight]
    }
    insights = copy
  }
  const added = derivation.edges ?? []
  const old = graph.edges
  const m = old.edgeCount + added.length
  const from = new Int32Array(m)
  const to = new Int32Array(m)
  const kind = new Uint8Array(m)
  const attr = new Int32Array(m)
  from.set(old.from)
  to.set(old.to)
  kind.set(old.kind)
  attr.set(old.attr)
  const attributes = [...graph.edgeAttributes]
  added.forEach((edge: EdgeInput, i: number) => {
    const e = old.edgeCount + i
    from[e] = resolve(edge.from, 'edge source')
    to[e] = resolve(edge.to, 'edge target')
    kind[e] = edgeKindCode(edge.kind)
    attributes.push({ props: edge.props ?? EMPTY_OBJECT, evidence: edge.evidence ?? EMPTY_LIST })
    attr[e] = attributes.length - 1
  })
  return indexGraph({ ...c, insights }, { from, to, kind, attr }, attributes)
}

