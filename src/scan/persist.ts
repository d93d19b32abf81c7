/** @module Writes a scan result to the store as one atomic snapshot. */
import type { SecurityGraph } from '../graph/security-graph.js'
import type { GraphEdge, GraphNode, JsonObject } from '../model/graph-types.js'
import type { SnapshotRecordInput, Store } from '../store/store.js'
import type { ScanResult } from './pipeline.js'

function* nodesOf(graph: SecurityGraph): Generator<GraphNode> {
  for (let i = 0; i < graph.nodeCount; i++) yield graph.node(i)
}

function* edgesOf(graph: SecurityGraph): Generator<GraphEdge> {
  for (let e = 0; e < graph.edgeCount; e++) yield graph.edge(e)
}

/** Attack paths and the score are stored as records (JSON round-trips them exactly). */
function* recordsOf(result: ScanResult): Generator<SnapshotRecordInput> {
  for (const path of result.attackPaths) yield { kind: 'attack-path', id: path.id, data: path as unknown as JsonObject }
  if (result.secureScore !== null) yield { kind: 'score', id: 'snapshot', data: result.secureScore as unknown as JsonObject }
}

export async function persistScan(store: Store, result: ScanResult): Promise<void> {
  await store.writeSnapshot({
    header: result.header,
    summary: result.summary,
    nodes: nodesOf(result.graph),
    edges: edgesOf(result.graph),
    findings: result.findings,
    records: recordsOf(result),
    issues: result.issues,
  })
}
