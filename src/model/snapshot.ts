/** @module A snapshot: one consistent analysis of an estate at one time (ARCHITECTURE.md §1). */
import type { JsonObject } from './graph-types.js'
import type { ScanIssue } from './issue.js'
import type { Provider, Severity } from './vocabulary.js'

export interface SnapshotInput {
  readonly path: string
  readonly format: string
  readonly bytes: number
  readonly resources: number
}

export interface SnapshotHeader {
  readonly id: string
  readonly createdAt: string
  readonly inputs: readonly SnapshotInput[]
}

/** The stable `--json` shape of `scan` and `snapshots show` (docs/cli.md). */
export interface SnapshotSummary {
  readonly snapshot: SnapshotHeader
  readonly resources: {
    readonly total: number
    readonly byProvider: Partial<Record<Provider, number>>
    readonly byFamily: Record<string, number>
    readonly byKind: Record<string, number>
  }
  readonly edges: { readonly total: number; readonly byKind: Record<string, number>; readonly dangling: number }
  readonly issues: readonly ScanIssue[]
  readonly findings: { readonly total: number; readonly bySeverity: Partial<Record<Severity, number>> }
  readonly attackPaths: { readonly total: number; readonly byRisk: Partial<Record<Severity, number>> }
  readonly secureScore: { readonly current: number; readonly max: number; readonly percentage: number } | null
}

/** A stored analysis result that later stages attach to a snapshot (paths, scores). */
export interface SnapshotRecord {
  readonly id: string
  readonly data: JsonObject
}
