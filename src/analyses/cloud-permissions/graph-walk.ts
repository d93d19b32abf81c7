/** @module Small graph reads shared by the permission and escape analyses (integer API only). */
import type { GraphView } from '../../graph/graph-view.js'
import type { Evidence } from '../../model/graph-types.js'
import type { Provider } from '../../model/vocabulary.js'
import { str } from './json-read.js'

const MAX_DEPTH = 12

/**
 * Containers of `node` through reverse `contains` edges, nearest first (resource → resource group →
 * subscription → management groups; resource → project → folder → organization). Only nodes of
 * `provider` are followed, so a Kubernetes namespace never inherits cloud grants.
 */
export function containmentChain(graph: GraphView, node: number, provider: Provider): number[] {
  const chain: number[] = []
  const seen = new Set<number>([node])
  let frontier = [node]
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: number[] = []
    for (const current of frontier) {
      graph.forEachEdge(current, 'in', 'contains', (_edge, parent) => {
        if (seen.has(parent) || graph.nodeProvider(parent) !== provider) return
        seen.add(parent)
        chain.push(parent)
        next.push(parent)
      })
    }
    frontier = next
  }
  return chain
}

/** Evidence pointing at where a node was read (file and place), with a detail sentence. */
export function nodeEvidence(graph: GraphView, node: number, detail: string): Evidence {
  const origin = graph.nodeProvenance(node)[0]
  if (origin === undefined) return { source: graph.nodeId(node), detail }
  return { source: origin.file, detail, ...(origin.location === undefined ? {} : { location: origin.location }) }
}

/** Index of the nodes of `kind` by a string prop (lowercased), e.g. managed identities by clientId. */
export function indexByProp(graph: GraphView, kind: string, prop: string): Map<string, number[]> {
  const index = new Map<string, number[]>()
  for (const node of graph.nodesOfKind(kind)) {
    const value = str(graph.nodeProps(node)[prop])
    if (value === undefined) continue
    const key = value.toLowerCase()
    const list = index.get(key)
    if (list === undefined) index.set(key, [node])
    else list.push(node)
  }
  return index
}

/** Targets of the out-edges of one kind, optionally filtered by an edge prop value. */
export function outTargets(graph: GraphView, node: number, kind: Parameters<GraphView['forEachEdge']>[2], filter?: (edge: number) => boolean): number[] {
  const targets: number[] = []
  graph.forEachEdge(node, 'out', kind, (edge, target) => {
    if (filter === undefined || filter(edge)) targets.push(target)
  })
  return targets
}
