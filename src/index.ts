/**
 * @module skyhound — the public library API: scan exports into a security graph, store snapshots,
 * read the graph. Everything else under src/ is internal.
 *
 * @example
 * import { scan, openStore, persistScan } from 'skyhound'
 * const result = await scan({ paths: ['./exports'] })
 * const store = await openStore('./skyhound.db')
 * await persistScan(store, result)
 * await store.close()
 */
export { scan, newSnapshotId } from './scan/pipeline.js'
export type { ScanRequest, ScanResult, ScanProgress, ScanStage } from './scan/pipeline.js'
export { persistScan } from './scan/persist.js'
export { coverageOf, summarize } from './scan/summarize.js'
export type { CoverageRow } from './scan/summarize.js'

export { GraphBuilder, deriveGraph } from './graph/graph-builder.js'
export type { BuildResult, DanglingEdge, Derivation } from './graph/graph-builder.js'
export { SecurityGraph } from './graph/security-graph.js'
export type { GraphView, Direction } from './graph/graph-view.js'

export { openStore, describeDefaultStoreLocation } from './store/open-store.js'
export type { Store, SnapshotContent, SnapshotListItem, RecordKind } from './store/store.js'

export { BUILTIN_FORMATS } from './formats/registry.js'
export type { FormatAdapter, DetectionSample, ReadContext, ScanOptions } from './formats/format-adapter.js'
export { InputFile } from './formats/input-file.js'
export type { Analysis, AnalysisContext } from './analyses/analysis.js'

export * from './model/vocabulary.js'
export type * from './model/graph-types.js'
export { INTERNET_NODE_ID } from './model/graph-types.js'
export type { Finding, FindingStatus } from './model/finding.js'
export type { ScanIssue, IssueKind } from './model/issue.js'
export type { SnapshotHeader, SnapshotSummary, SnapshotInput } from './model/snapshot.js'
export { SkyhoundError, isSkyhoundError, ERROR_CODES } from './model/errors.js'
export type { ErrorCode } from './model/errors.js'
