/** @module The shape of a path that titles, risk and categories read: entry, moves, target and their facts. */
import type { GraphView } from '../../graph/graph-view.js'
import type { Family, Provider } from '../../model/vocabulary.js'
import type { AttackGraph } from '../search/attack-graph.js'
import { targetReasons } from '../search/targets.js'
import type { TargetReason } from '../search/targets.js'

export interface ShapeNode {
  readonly node: number
  readonly kind: string
  readonly family: Family
  readonly provider: Provider
  readonly scope: string
}

export interface PathShape {
  readonly graph: GraphView
  readonly entry: ShapeNode
  readonly entryMove: string
  /** Lateral moves, in order. */
  readonly moves: readonly string[]
  /** Every node after the origin: entry … target. */
  readonly nodes: readonly ShapeNode[]
  readonly target: ShapeNode
  readonly targetReasons: readonly TargetReason[]
  /** 0 none, 1 narrow, 2 wide. */
  readonly exposure: number
  readonly rce: boolean
  readonly vulnerable: boolean
  readonly sensitiveTarget: boolean
  readonly sensitiveEntry: boolean
  /** `method` of each can-assume step, in order. */
  readonly methods: readonly string[]
  /** Providers of the nodes (Kubernetes included), in order of appearance. */
  readonly providers: readonly Provider[]
  /** Cloud providers touched (aws, azure, gcp), Kubernetes excluded. */
  readonly clouds: readonly Provider[]
  readonly self: boolean
}

const CLOUDS = new Set<Provider>(['aws', 'azure', 'gcp'])

/** Shape nodes per attack graph: paths share most of their nodes (one entry's best paths share a tree). */
const SHAPE_NODES = new WeakMap<AttackGraph, Map<number, ShapeNode>>()

function shapeNode(ag: AttackGraph, cache: Map<number, ShapeNode>, node: number): ShapeNode {
  let shaped = cache.get(node)
  if (shaped === undefined) {
    const { graph } = ag
    shaped = Object.freeze({ node, kind: graph.nodeKind(node), family: graph.nodeFamily(node), provider: graph.nodeProvider(node), scope: graph.nodeScope(node) })
    cache.set(node, shaped)
  }
  return shaped
}

export function pathShape(ag: AttackGraph, moves: Int32Array): PathShape {
  const { graph, facts } = ag
  let cache = SHAPE_NODES.get(ag)
  if (cache === undefined) SHAPE_NODES.set(ag, (cache = new Map<number, ShapeNode>()))
  const entryIndex = ag.to[moves[0]!]!
  const nodes = [shapeNode(ag, cache, entryIndex)]
  const lateral: string[] = []
  const methods: string[] = []
  for (let i = 1; i < moves.length; i++) {
    const k = moves[i]!
    lateral.push(ag.edges[ag.move[k]!]!.id)
    nodes.push(shapeNode(ag, cache, ag.to[k]!))
    const ge = ag.graphEdge[k]!
    if (ge >= 0 && graph.edgeKind(ge) === 'can-assume') {
      const method = graph.edgeProps(ge)['method']
      if (typeof method === 'string') methods.push(method)
    }
  }
  const target = nodes[nodes.length - 1]!
  const providers: Provider[] = []
  for (const n of nodes) if (n.provider !== 'skyhound' && !providers.includes(n.provider)) providers.push(n.provider)
  const clouds: Provider[] = []
  for (const p of providers) if (CLOUDS.has(p)) clouds.push(p)
  const vuln = facts.vuln[entryIndex]!
  return {
    graph,
    entry: nodes[0]!,
    entryMove: ag.edges[ag.move[moves[0]!]!]!.id,
    moves: lateral,
    nodes,
    target,
    targetReasons: targetReasons(graph, facts, target.node),
    exposure: facts.exposure[entryIndex]!,
    rce: (vuln & 2) !== 0,
    vulnerable: vuln !== 0,
    sensitiveTarget: (facts.flags[target.node]! & 4) !== 0,
    sensitiveEntry: (facts.flags[entryIndex]! & 4) !== 0,
    methods,
    providers,
    clouds,
    self: moves.length === 1,
  }
}

export const lastMove = (shape: PathShape): string | undefined => shape.moves[shape.moves.length - 1]
