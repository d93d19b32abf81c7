/** @module Builds the stable `--json` summary (docs/cli.md) and the coverage report from a graph. */
import type { DanglingEdge } from '../graph/graph-builder.js'
import type { GraphView } from '../graph/graph-view.js'
import type { AttackPath } from '../model/attack-path.js'
import type { Finding } from '../model/finding.js'
import type { SecureScore } from '../model/secure-score.js'
import type { ScanIssue } from '../model/issue.js'
import type { SnapshotHeader, SnapshotSummary } from '../model/snapshot.js'
import type { Provider } from '../model/vocabulary.js'

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}

/** Sorted copy, so the JSON output is byte-stable. */
function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

export interface CoverageRow {
  readonly provider: Provider
  readonly kind: string
  readonly count: number
  readonly mapped: boolean
}

/** What was mapped onto the vocabulary and what was kept as a generic node, by provider and type. */
export function coverageOf(graph: GraphView): CoverageRow[] {
  const rows = new Map<string, CoverageRow>()
  for (const kind of graph.kinds()) {
    const members = graph.nodesOfKind(kind)
    const first = members[0]
    if (first === undefined) continue
    const provider = graph.nodeProvider(first)
    if (provider === 'skyhound') continue
    rows.set(kind, { provider, kind, count: members.length, mapped: graph.nodeFamily(first) !== 'other' })
  }
  return [...rows.values()].sort((a, b) => (a.provider === b.provider ? (a.kind < b.kind ? -1 : 1) : a.provider < b.provider ? -1 : 1))
}

function riskCounts(paths: readonly AttackPath[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const path of paths) increment(counts, path.risk)
  return counts
}

export interface SummaryParts {
  readonly header: SnapshotHeader
  readonly graph: GraphView
  readonly dangling: readonly DanglingEdge[]
  readonly issues: readonly ScanIssue[]
  readonly findings: readonly Finding[]
  readonly attackPaths: readonly AttackPath[]
  readonly secureScore: SecureScore | null
}

export function summarize(parts: SummaryParts): SnapshotSummary {
  const { graph } = parts
  const byProvider: Record<string, number> = {}
  const byFamily: Record<string, number> = {}
  const byKind: Record<string, number> = {}
  let total = 0
  for (let i = 0; i < graph.nodeCount; i++) {
    const provider = graph.nodeProvider(i)
    if (provider === 'skyhound') continue
    total++
    increment(byProvider, provider)
    increment(byFamily, graph.nodeFamily(i))
    increment(byKind, graph.nodeKind(i))
  }
  const edgesByKind: Record<string, number> = {}
  for (let e = 0; e < graph.edgeCount; e++) increment(edgesByKind, graph.edgeKind(e))
  const bySeverity: Record<string, number> = {}
  let unhealthy = 0
  for (const finding of parts.findings) {
    if (finding.status !== 'unhealthy') continue
    unhealthy++
    increment(bySeverity, finding.severity)
  }
  return {
    snapshot: parts.header,
    resources: {
      total,
      byProvider: sortedCounts(byProvider),
      byFamily: sortedCounts(byFamily),
      byKind: sortedCounts(byKind),
    },
    edges: { total: graph.edgeCount, byKind: sortedCounts(edgesByKind), dangling: parts.dangling.length },
    issues: parts.issues,
    findings: { total: unhealthy, bySeverity },
    attackPaths: { total: parts.attackPaths.length, byRisk: riskCounts(parts.attackPaths) },
    secureScore:
      parts.secureScore === null
        ? null
        : { current: parts.secureScore.current, max: parts.secureScore.max, percentage: parts.secureScore.percentage },
  }
}
