/**
 * @module Encoding between the model (GraphNode, GraphEdge, Finding, records, issues) and table rows.
 * Decoders rebuild objects with the model's key order, so `JSON.stringify` of a loaded value equals
 * that of the written one.
 */
import type { Finding, FindingStatus } from '../../model/finding.js'
import type { Evidence, GraphEdge, GraphNode, Insight, JsonObject, Provenance } from '../../model/graph-types.js'
import type { ScanIssue } from '../../model/issue.js'
import type { SnapshotSummary } from '../../model/snapshot.js'
import type { EdgeKind, Family, Provider, Severity } from '../../model/vocabulary.js'
import type { RecordKind, SnapshotRecordInput } from '../store.js'
import type { EdgesTable, FindingsTable, IssuesTable, NodesTable, RecordsTable, SnapshotsTable } from './sql-schema.js'

interface NodeData {
  readonly tags: Readonly<Record<string, string>>
  readonly props: JsonObject
  readonly insights: readonly Insight[]
  readonly provenance: readonly Provenance[]
}

interface EdgeData {
  readonly props: JsonObject
  readonly evidence: readonly Evidence[]
}

interface FindingData {
  readonly message: string
  readonly details: JsonObject
}

export function encodeNode(snapshotId: string, node: GraphNode): NodesTable {
  const data: NodeData = {
    tags: node.tags,
    props: node.props,
    insights: node.insights,
    provenance: node.provenance,
  }
  return {
    snapshot_id: snapshotId,
    id: node.id,
    kind: node.kind,
    family: node.family,
    provider: node.provider,
    scope: node.scope,
    name: node.name,
    region: node.region ?? null,
    data: JSON.stringify(data),
  }
}

export function decodeNode(row: NodesTable): GraphNode {
  const data = JSON.parse(row.data) as NodeData
  return {
    id: row.id,
    kind: row.kind,
    family: row.family as Family,
    provider: row.provider as Provider,
    scope: row.scope,
    name: row.name,
    ...(row.region === null ? {} : { region: row.region }),
    tags: data.tags,
    props: data.props,
    insights: data.insights,
    provenance: data.provenance,
  }
}

export function encodeEdge(snapshotId: string, seq: number, edge: GraphEdge): EdgesTable {
  const data: EdgeData = { props: edge.props, evidence: edge.evidence }
  return {
    snapshot_id: snapshotId,
    seq,
    from_id: edge.from,
    to_id: edge.to,
    kind: edge.kind,
    data: JSON.stringify(data),
  }
}

export function decodeEdge(row: EdgesTable): GraphEdge {
  const data = JSON.parse(row.data) as EdgeData
  return {
    from: row.from_id,
    to: row.to_id,
    kind: row.kind as EdgeKind,
    props: data.props,
    evidence: data.evidence,
  }
}

export function encodeFinding(snapshotId: string, seq: number, finding: Finding): FindingsTable {
  const data: FindingData = { message: finding.message, details: finding.details }
  return {
    snapshot_id: snapshotId,
    seq,
    id: finding.id,
    rule_id: finding.ruleId,
    node_id: finding.nodeId,
    status: finding.status,
    severity: finding.severity,
    scope: finding.scope,
    data: JSON.stringify(data),
  }
}

/** One copy of each repeated string of a load (a Map lookup per value; the copies it drops are garbage at once). */
export class StringInterner {
  private readonly seen = new Map<string, string>()

  of(value: string): string {
    const known = this.seen.get(value)
    if (known !== undefined) return known
    this.seen.set(value, value)
    return value
  }
}

/** Top-level string values of a finding's details (provider, kind, risk, …) repeat across findings. */
function internDetails(details: JsonObject, intern: StringInterner): JsonObject {
  for (const key of Object.keys(details)) {
    const value = details[key]
    if (typeof value === 'string' && value.length <= 256) details[key] = intern.of(value)
  }
  return details
}

export function decodeFinding(row: FindingsTable, intern?: StringInterner): Finding {
  const data = JSON.parse(row.data) as FindingData
  const of = intern === undefined ? (value: string): string => value : (value: string): string => intern.of(value)
  return {
    id: row.id,
    ruleId: of(row.rule_id),
    nodeId: of(row.node_id),
    status: of(row.status) as FindingStatus,
    severity: of(row.severity) as Severity,
    message: of(data.message),
    scope: of(row.scope),
    details: intern === undefined ? data.details : internDetails(data.details, intern),
  }
}

export function encodeRecord(snapshotId: string, seq: number, record: SnapshotRecordInput): RecordsTable {
  return { snapshot_id: snapshotId, kind: record.kind, seq, id: record.id, data: JSON.stringify(record.data) }
}

export function decodeRecord(row: RecordsTable): SnapshotRecordInput {
  return { kind: row.kind as RecordKind, id: row.id, data: JSON.parse(row.data) as JsonObject }
}

export function encodeIssue(snapshotId: string, seq: number, issue: ScanIssue): IssuesTable {
  return { snapshot_id: snapshotId, seq, data: JSON.stringify(issue) }
}

export function decodeIssue(row: IssuesTable): ScanIssue {
  return JSON.parse(row.data) as ScanIssue
}

export function encodeSnapshotRow(
  id: string,
  createdAt: string,
  summary: SnapshotSummary,
  status: SnapshotsTable['status'],
): SnapshotsTable {
  return {
    id,
    created_at: createdAt,
    status,
    resources: summary.resources.total,
    findings: summary.findings.total,
    attack_paths: summary.attackPaths.total,
    issues: summary.issues.length,
    summary: JSON.stringify(summary),
  }
}

export function decodeSummary(text: string): SnapshotSummary {
  return JSON.parse(text) as SnapshotSummary
}
