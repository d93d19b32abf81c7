/**
 * Graph benchmark: builds an N-node / M-edge security graph through the public builder (fragments in
 * chunks, as ingestion does), then times one full traversal (BFS over every edge, both directions
 * covered by visiting all components) and reports memory per edge.
 */
import { GraphBuilder } from '../../src/graph/graph-builder.js'
import type { EdgeInput, NodeInput } from '../../src/model/graph-types.js'
import { EDGE_KIND_IDS, FAMILY_IDS } from '../../src/model/vocabulary.js'

export interface GraphBenchOptions {
  readonly nodes: number
  readonly edges: number
}

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The id strings were allocated before the baseline; count them as part of the graph. */
const idBytes = (ids: readonly string[]): number => ids.reduce((n, s) => n + 16 + s.length, 0)

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`

export function benchGraph({ nodes, edges }: GraphBenchOptions): Record<string, number> {
  const random = mulberry32(42)
  const id = (i: number): string => `arn:aws:ec2:us-east-1:${111122223333 + (i % 7)}:instance/i-${i.toString(16).padStart(12, '0')}`
  // Ids are made once, as a parser makes flat strings once; building cons-strings per edge would
  // measure the generator's string hashing instead of the graph.
  const ids: string[] = new Array<string>(nodes)
  for (let i = 0; i < nodes; i++) ids[i] = id(i)
  global.gc?.()
  const heapBefore = process.memoryUsage()
  const t0 = performance.now()
  const builder = new GraphBuilder()
  const chunk = 50_000
  for (let start = 0; start < nodes; start += chunk) {
    const batch: NodeInput[] = []
    for (let i = start; i < Math.min(nodes, start + chunk); i++) {
      batch.push({
        id: ids[i]!,
        kind: `aws.ec2.kind${i % 40}`,
        family: FAMILY_IDS[i % FAMILY_IDS.length]!,
        provider: 'aws',
        scope: `aws://accounts/${111122223333 + (i % 7)}`,
        name: `node-${i}`,
        props: { index: i },
      })
    }
    builder.addFragment({ nodes: batch, edges: [] })
  }
  for (let start = 0; start < edges; start += chunk) {
    const batch: EdgeInput[] = []
    for (let e = start; e < Math.min(edges, start + chunk); e++) {
      const from = e < nodes ? e : Math.floor(random() * nodes)
      const to = Math.floor(random() * nodes)
      batch.push({ from: ids[from]!, to: ids[to]!, kind: EDGE_KIND_IDS[e % EDGE_KIND_IDS.length]! })
    }
    builder.addFragment({ nodes: [], edges: batch })
  }
  const tAdd = performance.now()
  const { graph } = builder.build()
  const tBuild = performance.now()

  // One full traversal: BFS from every unvisited node over out-edges, touching every node and edge once.
  const seen = new Uint8Array(graph.nodeCount)
  const queue = new Int32Array(graph.nodeCount)
  let visitedEdges = 0
  const { fwdOffsets, to } = graph.edges
  for (let root = 0; root < graph.nodeCount; root++) {
    if (seen[root]) continue
    let head = 0
    let tail = 0
    queue[tail++] = root
    seen[root] = 1
    while (head < tail) {
      const v = queue[head++]!
      for (let e = fwdOffsets[v]!, end = fwdOffsets[v + 1]!; e < end; e++) {
        visitedEdges++
        const w = to[e]!
        if (!seen[w]) {
          seen[w] = 1
          queue[tail++] = w
        }
      }
    }
  }
  const tTraverse = performance.now()
  // Reverse traversal through the kind-filtered API, as analyses use it.
  let reverseVisits = 0
  for (let v = 0; v < graph.nodeCount; v++) graph.forEachEdge(v, 'in', 'contains', () => reverseVisits++)
  const tReverse = performance.now()

  global.gc?.()
  const heapAfter = process.memoryUsage()
  const e = graph.edges
  const edgeBytes = e.from.byteLength + e.to.byteLength + e.kind.byteLength + e.attr.byteLength + e.revEdges.byteLength +
    e.fwdOffsets.byteLength + e.revOffsets.byteLength
  const figures = {
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
    addMs: Math.round(tAdd - t0),
    buildMs: Math.round(tBuild - tAdd),
    traversalMs: Math.round(tTraverse - tBuild),
    traversalEdges: visitedEdges,
    reverseKindScanMs: Math.round(tReverse - tTraverse),
    edgeIndexBytesPerEdge: Number((edgeBytes / graph.edgeCount).toFixed(1)),
    heapUsedMB: Math.round((heapAfter.heapUsed - heapBefore.heapUsed) / 1048576),
    arrayBuffersMB: Math.round((heapAfter.arrayBuffers - heapBefore.arrayBuffers) / 1048576),
    rssMB: Math.round(heapAfter.rss / 1048576),
    totalBytesPerEdge: Math.round((heapAfter.heapUsed - heapBefore.heapUsed + idBytes(ids) + heapAfter.arrayBuffers - heapBefore.arrayBuffers) / graph.edgeCount),
  }
  console.log(`graph: ${figures.nodes} nodes, ${figures.edges} edges`)
  console.log(`  add fragments ${figures.addMs} ms, build (intern + CSR + indexes) ${figures.buildMs} ms`)
  console.log(`  full BFS traversal ${figures.traversalMs} ms over ${figures.traversalEdges} edges; reverse kind scan ${figures.reverseKindScanMs} ms`)
  console.log(`  edge index ${figures.edgeIndexBytesPerEdge} B/edge; heap ${mb(heapAfter.heapUsed - heapBefore.heapUsed)} + typed arrays ${mb(heapAfter.arrayBuffers - heapBefore.arrayBuffers)}; RSS ${figures.rssMB} MB`)
  console.log(`  whole graph (nodes, props, ids and edges) ≈ ${figures.totalBytesPerEdge} B per edge`)
  // Keep the graph alive until measured.
  if (graph.nodeCount < 0) console.log(graph)
  return figures
}
