/**
 * @module The Store interface: where snapshots live (ARCHITECTURE.md §7). Backends (SQLite, PostgreSQL)
 * implement it through Kysely; everything outside `store/<backend>/` sees only this.
 */
import type { GraphEdge, GraphNode, JsonObject } from '../model/graph-types.js'
import type { Finding } from '../model/finding.js'
import type { ScanIssue } from '../model/issue.js'
import type { SnapshotHeader, SnapshotSummary } from '../model/snapshot.js'
import type { AuthStore } from './auth-store.js'
import type { ExemptionStore } from './exemption-store.js'
import type { GovernanceStore } from './governance-store.js'
import type { NotificationStore } from './notification-store.js'
import type { SavedQueryStore } from './saved-query-store.js'

/** Analysis results stored per snapshot besides findings (attack paths, scores, later ones). */
export const RECORD_KINDS = ['attack-path', 'score'] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

export interface SnapshotRecordInput {
  readonly kind: RecordKind
  readonly id: string
  readonly data: JsonObject
}

/** Everything one snapshot holds; written all-or-nothing. */
export interface SnapshotContent {
  readonly header: SnapshotHeader
  readonly summary: SnapshotSummary
  /** Iterables so a 1M-node graph streams into the store in batches. */
  readonly nodes: Iterable<GraphNode>
  readonly edges: Iterable<GraphEdge>
  readonly findings: Iterable<Finding>
  readonly records: Iterable<SnapshotRecordInput>
  readonly issues: readonly ScanIssue[]
}

export interface SnapshotListItem {
  readonly id: string
  readonly createdAt: string
  readonly resources: number
  readonly findings: number
  readonly attackPaths: number
  readonly issues: number
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres'
  /** Printable location with any password removed. */
  readonly location: string
  /** API tokens and the audit log of `skyhound serve` (auth-store.ts). */
  readonly auth: AuthStore
  /** Exemptions of findings (mitigated / waiver), which outlive snapshots (exemption-store.ts). */
  readonly exemptions: ExemptionStore
  /** Saved explorer queries, which outlive snapshots (saved-query-store.ts). */
  readonly savedQueries: SavedQueryStore
  /** Governance rules, remediation tasks and their history, which outlive snapshots (governance-store.ts). */
  readonly governance: GovernanceStore
  /** The governance notification log: what was sent to whom for which week (notification-store.ts). */
  readonly notifications: NotificationStore
  /** Writes the snapshot atomically: readers see all of it or none of it, even after a crash. */
  writeSnapshot(content: SnapshotContent): Promise<void>
  /** Newest first. */
  listSnapshots(options?: { readonly limit?: number }): Promise<SnapshotListItem[]>
  getSnapshot(id: string): Promise<SnapshotSummary | undefined>
  latestSnapshotId(): Promise<string | undefined>
  /** Nodes and edges in a deterministic order (node id, then edge from/kind/to). */
  loadNodes(id: string): AsyncIterable<GraphNode>
  loadEdges(id: string): AsyncIterable<GraphEdge>
  loadFindings(id: string): Promise<Finding[]>
  loadRecords(id: string, kind: RecordKind): Promise<SnapshotRecordInput[]>
  loadIssues(id: string): Promise<ScanIssue[]>
  /** True when a snapshot was deleted. */
  deleteSnapshot(id: string): Promise<boolean>
  close(): Promise<void>
}
