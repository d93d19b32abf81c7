/** @module The in-memory security graph: columnar node storage, CSR edges, category indexes. */
import type {
  Evidence,
  GraphEdge,
  GraphNode,
  Insight,
  JsonObject,
  Provenance,
} from '../model/graph-types.js'
import { EDGE_KIND_IDS, FAMILY_IDS, PROVIDER_IDS } from '../model/vocabulary.js'
import type { EdgeKind, Family, Provider } from '../model/vocabulary.js'
import type { EdgeIndex } from './csr.js'
import type { Direction, GraphView } from './graph-view.js'

export const EMPTY_OBJECT: JsonObject = Object.freeze({})
export const EMPTY_TAGS: Readonly<Record<string, string>> = Object.freeze({})
export const EMPTY_LIST: readonly never[] = Object.freeze([])

/** Edge attributes live in a side table: most edges have none, so they cost 4 bytes (the index). */
export interface EdgeAttributes {
  readonly props: JsonObject
  readonly evidence: readonly Evidence[]
}

/** Node storage, one array per field, indexed by node integer. */
export interface NodeColumns {
  readonly ids: readonly string[]
  readonly idIndex: ReadonlyMap<string, number>
  readonly kindTable: readonly string[]
  readonly kind: Uint16Array
  readonly family: Uint8Array
  readonly provider: Uint8Array
  readonly scopeTable: readonly string[]
  readonly scope: Int32Array
  readonly names: readonly string[]
  readonly regions: readonly (string | undefined)[]
  readonly tags: readonly Readonly<Record<string, string>>[]
  readonly props: readonly JsonObject[]
  readonly insights: readonly (readonly Insight[])[]
  readonly provenance: readonly (readonly Provenance[])[]
}

/** Groups member indexes by a small integer category: `members[offsets[c]..offsets[c+1]]`. */
interface CategoryIndex {
  readonly offsets: Uint32Array
  readonly members: Int32Array
}

function categoryIndex(categoryOf: Uint8Array | Uint16Array | Int32Array, categories: number): CategoryIndex {
  const offsets = new Uint32Array(categories + 1)
  for (let i = 0; i < categoryOf.length; i++) offsets[categoryOf[i]! + 1]!++
  for (let c = 0; c < categories; c++) offsets[c + 1]! += offsets[c]!
  const cursor = offsets.slice(0, categories)
  const members = new Int32Array(categoryOf.length)
  for (let i = 0; i < categoryOf.length; i++) members[cursor[categoryOf[i]!]!++] = i
  return { offsets, members }
}

function categoryMembers(index: CategoryIndex, category: number | undefined): Int32Array {
  if (category === undefined || category < 0 || category + 1 >= index.offsets.length) return new Int32Array(0)
  return index.members.subarray(index.offsets[category], index.offsets[category + 1])
}

const EDGE_KIND_CODE = new Map<EdgeKind, number>(EDGE_KIND_IDS.map((kind, i) => [kind, i]))
const FAMILY_CODE = new Map<Family, number>(FAMILY_IDS.map((family, i) => [family, i]))

export function edgeKindCode(kind: EdgeKind): number {
  return EDGE_KIND_CODE.get(kind)!
}
export function familyCode(family: Family): number {
  return FAMILY_CODE.get(family)!
}

export class SecurityGraph implements GraphView {
  readonly nodeCount: number
  readonly edgeCount: number
  private readonly byKind: CategoryIndex
  private readonly byFamily: CategoryIndex
  private readonly byScope: CategoryIndex
  private readonly byEdgeKind: CategoryIndex
  private readonly kindCodes: Map<string, number>
  private readonly scopeCodes: Map<string, number>
  private tagIndex: Map<string, Map<string, number[]>> | undefined

  constructor(
    readonly columns: NodeColumns,
    readonly edges: EdgeIndex,
    readonly edgeAttributes: readonly EdgeAttributes[],
  ) {
    this.nodeCount = columns.ids.length
    this.edgeCount = edges.edgeCount
    this.byKind = categoryIndex(columns.kind, columns.kindTable.length)
    this.byFamily = categoryIndex(columns.family, FAMILY_IDS.length)
    this.byScope = categoryIndex(columns.scope, columns.scopeTable.length)
    this.byEdgeKind = categoryIndex(edges.kind, EDGE_KIND_IDS.length)
    this.kindCodes = new Map(columns.kindTable.map((kind, i) => [kind, i]))
    this.scopeCodes = new Map(columns.scopeTable.map((scope, i) => [scope, i]))
  }

  indexOf(id: string): number | undefined {
    return this.columns.idIndex.get(id)
  }

  node(index: number): GraphNode {
    const c = this.columns
    const region = c.regions[index]
    return {
      id: this.nodeId(index),
      kind: this.nodeKind(index),
      family: this.nodeFamily(index),
      provider: this.nodeProvider(index),
      scope: this.nodeScope(index),
      name: c.names[index]!,
      ...(region === undefined ? {} : { region }),
      tags: c.tags[index]!,
      props: c.props[index]!,
      insights: c.insights[index]!,
      provenance: c.provenance[index]!,
    }
  }

  nodeId(index: number): string {
    const id = this.columns.ids[index]
    if (id === undefined) throw new RangeError(`node ${index} out of range (graph has ${this.nodeCount})`)
    return id
  }
  nodeKind(index: number): string {
    return this.columns.kindTable[this.columns.kind[index]!]!
  }
  nodeFamily(index: number): Family {
    return FAMILY_IDS[this.columns.family[index]!]!
  }
  nodeProvider(index: number): Provider {
    return PROVIDER_IDS[this.columns.provider[index]!]!
  }
  nodeScope(index: number): string {
    return this.columns.scopeTable[this.columns.scope[index]!]!
  }
  nodeName(index: number): string {
    return this.columns.names[index]!
  }
  nodeProps(index: number): JsonObject {
    return this.columns.props[index]!
  }
  nodeTags(index: number): Readonly<Record<string, string>> {
    return this.columns.tags[index]!
  }
  nodeInsights(index: number): readonly Insight[] {
    return this.columns.insights[index]!
  }
  nodeProvenance(index: number): readonly Provenance[] {
    return this.columns.provenance[index]!
  }

  edge(edgeIndex: number): GraphEdge {
    return {
      from: this.nodeId(this.edgeFrom(edgeIndex)),
      to: this.nodeId(this.edgeTo(edgeIndex)),
      kind: this.edgeKind(edgeIndex),
      props: this.edgeProps(edgeIndex),
      evidence: this.edgeEvidence(edgeIndex),
    }
  }
  edgeFrom(edgeIndex: number): number {
    return this.edges.from[edgeIndex]!
  }
  edgeTo(edgeIndex: number): number {
    return this.edges.to[edgeIndex]!
  }
  edgeKind(edgeIndex: number): EdgeKind {
    return EDGE_KIND_IDS[this.edges.kind[edgeIndex]!]!
  }
  edgeProps(edgeIndex: number): JsonObject {
    const attr = this.edges.attr[edgeIndex]!
    return attr < 0 ? EMPTY_OBJECT : this.edgeAttributes[attr]!.props
  }
  edgeEvidence(edgeIndex: number): readonly Evidence[] {
    const attr = this.edges.attr[edgeIndex]!
    return attr < 0 ? EMPTY_LIST : this.edgeAttributes[attr]!.evidence
  }

  forEachEdge(
    node: number,
    direction: Direction,
    kind: EdgeKind | undefined,
    visit: (edge: number, neighbour: number) => unknown,
  ): void {
    const { fwdOffsets, revOffsets, revEdges, to, from } = this.edges
    const wanted = kind === undefined ? -1 : edgeKindCode(kind)
    const kinds = this.edges.kind
    if (direction === 'out') {
      for (let e = fwdOffsets[node]!, end = fwdOffsets[node + 1]!; e < end; e++) {
        if ((wanted < 0 || kinds[e] === wanted) && visit(e, to[e]!) === true) return
      }
    } else {
      for (let s = revOffsets[node]!, end = revOffsets[node + 1]!; s < end; s++) {
        const e = revEdges[s]!
        if ((wanted < 0 || kinds[e] === wanted) && visit(e, from[e]!) === true) return
      }
    }
  }

  neighbours(node: number, direction: Direction, kind?: EdgeKind): number[] {
    const out: number[] = []
    this.forEachEdge(node, direction, kind, (_edge, neighbour) => out.push(neighbour))
    return out
  }

  degree(node: number, direction: Direction, kind?: EdgeKind): number {
    const offsets = direction === 'out' ? this.edges.fwdOffsets : this.edges.revOffsets
    if (kind === undefined) return offsets[node + 1]! - offsets[node]!
    let count = 0
    this.forEachEdge(node, direction, kind, () => count++)
    return count
  }

  nodesOfKind(kind: string): Int32Array {
    return categoryMembers(this.byKind, this.kindCodes.get(kind))
  }
  nodesOfFamily(family: Family): Int32Array {
    return categoryMembers(this.byFamily, FAMILY_CODE.get(family))
  }
  nodesInScope(scope: string): Int32Array {
    return categoryMembers(this.byScope, this.scopeCodes.get(scope))
  }
  edgesOfKind(kind: EdgeKind): Int32Array {
    return categoryMembers(this.byEdgeKind, edgeKindCode(kind))
  }

  nodesWithTag(key: string, value?: string): Int32Array {
    // Built on first use: most scans never query tags, and the index holds a string per tag.
    this.tagIndex ??= this.buildTagIndex()
    const values = this.tagIndex.get(key.toLowerCase())
    if (values === undefined) return new Int32Array(0)
    if (value !== undefined) return Int32Array.from(values.get(value) ?? [])
    const all: number[] = []
    for (const members of values.values()) all.push(...members)
    return Int32Array.from(all).sort()
  }

  private buildTagIndex(): Map<string, Map<string, number[]>> {
    const index = new Map<string, Map<string, number[]>>()
    const tags = this.columns.tags
    for (let i = 0; i < tags.length; i++) {
      for (const [key, value] of Object.entries(tags[i]!)) {
        const lower = key.toLowerCase()
        let values = index.get(lower)
        if (values === undefined) index.set(lower, (values = new Map<string, number[]>()))
        let members = values.get(value)
        if (members === undefined) values.set(value, (members = []))
        members.push(i)
      }
    }
    return index
  }

  kinds(): readonly string[] {
    return this.columns.kindTable
  }
  scopes(): readonly string[] {
    return this.columns.scopeTable
  }
}
