/**
 * @module Writes a scan result to the store as one atomic snapshot, then brings the governance tasks up
 * to date with it (src/governance; nothing to do when no governance rule or task is stored).
 */
import { syncGovernance } from '../governance/governance-service.js'
import type { SyncResult } from '../governance/governance-service.js'
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

export interface PersistOptions {
  /** Who the task history names (default `skyhound scan`). */
  readonly actor?: string
  /** Custom rules folder of the scan (titles and categories of its findings). */
  readonly customRulesDir?: string
  /** New governance tasks' findings count as first seen this many days before the snapshot (`skyhound demo`). */
  readonly backdateDays?: number
}

export interface PersistResult {
  readonly governance: SyncResult
}

export async function persistScan(store: Store, result: ScanResult, options: PersistOptions = {}): Promise<PersistResult> {
  await store.writeSnapshot({
    header: result.header,
    summary: result.summary,
    nodes: nodesOf(result.graph),
    edges: edgesOf(result.graph),
    findings: result.findings,
    records: recordsOf(result),
    issues: result.issues,
  })
  // The governance clock is the snapshot's own time, so a scan with a fixed `now` is reproducible.
  const governance = await syncGovernance(store, {
    now: new Date(result.header.createdAt),
    actor: options.actor ?? 'skyhound scan',
    snapshotId: result.header.id,
    graph: result.graph,
    ...(options.customRulesDir === undefined ? {} : { customRulesDir: options.customRulesDir }),
    ...(options.backdateDays === undefined ? {} : { backdateDays: options.backdateDays }),
  })
  return { governance }
}
